LABEL = dict(
    split="heldout18",
    persona="Remix/React developer chasing a hydration mismatch on the orders pages",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 pastes the hydration warning and names the component (`OrderRow`) and the likely cause (dates), but leaves the fix to the agent; prompt 2 reports the warning still shows on the order detail page, naming where but not why: level 3. "
               "The agent changes the date formatting to a fixed locale and time zone, then fixes a second place: fixing. "
               "Prompt 2 is a failure report (trouble); the `npm run typecheck` rerun works, and prompt 3 ('gone now on both, thanks') confirms after the last trouble, so verified success."),
)

SESSION = dict(
    cwd="/home/tomasz/code/fernhill-shop", start="2026-11-27T15:40:00Z", model="claude-opus-4-6", version="2.1.236", branch="fix/hydration",
    turns=[
        turn("getting this in the console on /account/orders\n\nWarning: Text content did not match. Server: \"27/11/2026, 14:02:11\" Client: \"27/11/2026, 15:02:11\"\n    at td\n    at OrderRow\n\npretty sure its the dates. server is UTC, browser isn't. fix it please",
             grep("toLocale", path="/home/tomasz/code/fernhill-shop/app", content="/home/tomasz/code/fernhill-shop/app/components/OrderRow.tsx:14:      <td>{new Date(order.createdAt).toLocaleString(\"en-GB\")}</td>"),
             edit("/home/tomasz/code/fernhill-shop/app/components/OrderRow.tsx", "      <td>{new Date(order.createdAt).toLocaleString(\"en-GB\")}</td>", "      <td>{formatShopDate(order.createdAt)}</td>"),
             write("/home/tomasz/code/fernhill-shop/app/utils/dates.ts", "// Server (UTC) and browser must produce the same string, or React hydration fails; pin the zone.\nconst fmt = new Intl.DateTimeFormat(\"en-GB\", {\n  dateStyle: \"short\",\n  timeStyle: \"medium\",\n  timeZone: \"Europe/London\",\n});\n\nexport function formatShopDate(iso: string | Date): string {\n  return fmt.format(new Date(iso));\n}\n"),
             edit("/home/tomasz/code/fernhill-shop/app/components/OrderRow.tsx", "import type { Order } from \"~/types\";", "import type { Order } from \"~/types\";\nimport { formatShopDate } from \"~/utils/dates\";"),
             say("Yes, `toLocaleString` without a `timeZone` uses the machine's zone, so the server renders UTC and the browser re-renders in local time. I added `formatShopDate` in `app/utils/dates.ts`, pinned to `Europe/London` (the shop's zone), and `OrderRow` uses it. Server and client now produce the same string.")),
        turn("still getting it on the order detail page /account/orders/123, same kind of warning but on a <dd>",
             grep("toLocale|new Date\\(", path="/home/tomasz/code/fernhill-shop/app", content="/home/tomasz/code/fernhill-shop/app/routes/account.orders.$orderId.tsx:38:          <dd>{new Date(order.createdAt).toLocaleString()}</dd>\n/home/tomasz/code/fernhill-shop/app/routes/account.orders.$orderId.tsx:42:          <dd>{order.shippedAt ? new Date(order.shippedAt).toLocaleDateString() : \"Not yet\"}</dd>"),
             edit("/home/tomasz/code/fernhill-shop/app/routes/account.orders.$orderId.tsx", "          <dd>{new Date(order.createdAt).toLocaleString()}</dd>", "          <dd>{formatShopDate(order.createdAt)}</dd>"),
             edit("/home/tomasz/code/fernhill-shop/app/routes/account.orders.$orderId.tsx", "          <dd>{order.shippedAt ? new Date(order.shippedAt).toLocaleDateString() : \"Not yet\"}</dd>", "          <dd>{order.shippedAt ? formatShopDay(order.shippedAt) : \"Not yet\"}</dd>"),
             edit("/home/tomasz/code/fernhill-shop/app/utils/dates.ts", "export function formatShopDate(iso: string | Date): string {\n  return fmt.format(new Date(iso));\n}\n", "export function formatShopDate(iso: string | Date): string {\n  return fmt.format(new Date(iso));\n}\n\nconst day = new Intl.DateTimeFormat(\"en-GB\", { dateStyle: \"short\", timeZone: \"Europe/London\" });\n\nexport function formatShopDay(iso: string | Date): string {\n  return day.format(new Date(iso));\n}\n"),
             edit("/home/tomasz/code/fernhill-shop/app/routes/account.orders.$orderId.tsx", "import { useLoaderData } from \"@remix-run/react\";", "import { useLoaderData } from \"@remix-run/react\";\nimport { formatShopDate, formatShopDay } from \"~/utils/dates\";"),
             bash("cd /home/tomasz/code/fernhill-shop && npm run typecheck", "\n> fernhill-shop@0.9.0 typecheck\n> tsc --noEmit\n", desc="Type-check", ms=6200),
             grep("toLocale", path="/home/tomasz/code/fernhill-shop/app", content=""),
             say("Two more on the detail page: `createdAt` and `shippedAt`, both with the default locale and zone (so even the day/month order could differ in a US browser). Both now go through `formatShopDate` / a new `formatShopDay`, pinned to `en-GB` and `Europe/London`. No `toLocale*` calls are left in `app/`, and the type check passes.")),
        turn("gone now on both, thanks",
             say("Good. If you add dates elsewhere, use the two helpers and it'll stay consistent.")),
    ],
)

LABEL = dict(
    split="dev",
    persona="Senior frontend engineer on a React dashboard product",
    expertise_level=4, work_mode="building",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 specifies the feature precisely: where the toggle goes, the storage key ('theme' in "
               "localStorage), the default (prefers-color-scheme), a no-flash requirement with its mechanism (set "
               "the class in index.html before React mounts) and the checks (tests and lint): level 4. New feature, "
               "so building. npm run lint fails first (trouble); after the fix tests and lint pass and the commit "
               "succeeds: verified."),
)

SESSION = dict(
    cwd="/Users/dana/src/metrics-dashboard", start="2026-02-12T10:45:00Z", model="claude-opus-4-7", version="2.1.216",
    turns=[
        turn("Add a dark mode toggle to the Settings page. Store the choice in localStorage under 'theme' "
             "('light' | 'dark'); with nothing stored, follow prefers-color-scheme. No flash of the wrong theme on "
             "load: set the class on <html> from an inline script in index.html before React mounts, and have the "
             "React side only read it. Run the existing tests and lint, then commit.",
             par(read("/Users/dana/src/metrics-dashboard/src/pages/Settings.tsx", "export function Settings() {\n  return (\n    <Page title=\"Settings\">\n      <NotificationPrefs />\n    </Page>\n  );\n}"),
                 read("/Users/dana/src/metrics-dashboard/index.html", "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"UTF-8\" />\n    <title>Metrics</title>\n  </head>"),
                 read("/Users/dana/src/metrics-dashboard/tailwind.config.js", "export default {\n  content: ['./index.html', './src/**/*.tsx'],\n  theme: { extend: {} },\n}")),
             edit("/Users/dana/src/metrics-dashboard/tailwind.config.js", "  content: ['./index.html', './src/**/*.tsx'],", "  darkMode: 'class',\n  content: ['./index.html', './src/**/*.tsx'],"),
             edit("/Users/dana/src/metrics-dashboard/index.html", "    <title>Metrics</title>",
                  "    <title>Metrics</title>\n    <script>\n      (function () {\n        var t = localStorage.getItem('theme');\n        if (t !== 'light' && t !== 'dark') t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';\n        document.documentElement.classList.toggle('dark', t === 'dark');\n      })();\n    </script>"),
             write("/Users/dana/src/metrics-dashboard/src/components/ThemeToggle.tsx",
                   "import { useState } from 'react';\n\nexport function ThemeToggle() {\n  const [dark, setDark] = useState(() => document.documentElement.classList.contains('dark'));\n"
                   "  function toggle() {\n    const next = !dark;\n    document.documentElement.classList.toggle('dark', next);\n    localStorage.setItem('theme', next ? 'dark' : 'light');\n    setDark(next);\n  }\n"
                   "  return <Switch label=\"Dark mode\" checked={dark} onChange={toggle} />;\n}\n"),
             edit("/Users/dana/src/metrics-dashboard/src/pages/Settings.tsx", "      <NotificationPrefs />", "      <NotificationPrefs />\n      <ThemeToggle />"),
             write("/Users/dana/src/metrics-dashboard/src/components/ThemeToggle.test.tsx",
                   "it('toggles the html class and stores the choice', async () => {\n  render(<ThemeToggle />);\n  await userEvent.click(screen.getByRole('switch', { name: 'Dark mode' }));\n"
                   "  expect(document.documentElement).toHaveClass('dark');\n  expect(localStorage.getItem('theme')).toBe('dark');\n});\n"),
             bash("npm test -- --run", " ✓ src/components/ThemeToggle.test.tsx (2 tests) 38ms\n ✓ src/pages/Settings.test.tsx (3 tests) 61ms\n ...\n Test Files  24 passed (24)\n      Tests  131 passed (131)",
                  desc="Run the test suite", ms=14000),
             bash("npm run lint", "/Users/dana/src/metrics-dashboard/src/pages/Settings.tsx\n  3:1  error  'ThemeToggle' is not defined  react/jsx-no-undef\n\n✖ 1 problem (1 error, 0 warnings)",
                  code=1, desc="Run eslint"),
             edit("/Users/dana/src/metrics-dashboard/src/pages/Settings.tsx", "export function Settings() {",
                  "import { ThemeToggle } from '../components/ThemeToggle';\n\nexport function Settings() {"),
             bash("npm run lint && npm test -- --run", "\n Test Files  24 passed (24)\n      Tests  131 passed (131)", desc="Lint and test again", ms=17000),
             bash("git add -A && git commit -m \"settings: dark mode toggle (localStorage 'theme', prefers-color-scheme default, no flash)\"",
                  "[feat/dark-mode 7ac21f0] settings: dark mode toggle (localStorage 'theme', prefers-color-scheme default, no flash)\n 5 files changed, 58 insertions(+), 1 deletion(-)",
                  desc="Commit"),
             say("Done and committed on `feat/dark-mode` (7ac21f0).\n\n- **No flash:** an inline script in "
                 "`index.html` resolves the theme (a stored `'light'`/`'dark'` wins; otherwise it uses "
                 "`prefers-color-scheme`) and sets `html.dark` before the bundle loads. Tailwind now uses "
                 "`darkMode: 'class'`.\n- **Toggle:** `ThemeToggle` only *reads* the class on mount, so React never "
                 "disagrees with the first paint. Clicking it flips the class and writes `localStorage.theme`.\n"
                 "- **Checks:** lint failed once on a missing import in `Settings.tsx`, which I fixed. Now lint is "
                 "clean and all 131 tests pass, including the 2 new ones.")),
    ],
)

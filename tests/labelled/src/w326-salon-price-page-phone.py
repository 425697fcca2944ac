LABEL = dict(
    split="heldout11",
    persona="hairdresser whose salon website's price page looks squashed on phones",
    expertise_level=1, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a symptom ('looks all squashed on my phone') with no names, and the agent ends by explaining a basic she did not know (edits on the computer do not reach the live site until uploaded): level 1. "
               "A broken layout is being repaired: fixing. Prompt 2 reports the failure persisting ('still squashed on my phone'); nothing afterwards is tested, committed or confirmed: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/shellcutts/Desktop/website", start="2027-02-02T20:40:00Z", model="claude-sonnet-4-6", version="2.1.254", branch="",
    turns=[
        turn("the prices page on my website looks all squashed on my phone, its fine on the computer. my nephew did the website ages ago",
             glob("**/*", ["index.html", "prices.html", "contact.html", "css/style.css", "img/logo.png", "img/salon1.jpg"], path="/Users/shellcutts/Desktop/website"),
             par(read("/Users/shellcutts/Desktop/website/prices.html",
                      "<!DOCTYPE html>\n<html>\n<head>\n  <title>Shell Cutts - Prices</title>\n  <link rel=\"stylesheet\" href=\"css/style.css\">\n</head>\n<body>\n  <div class=\"wrap\">\n    <h1>Prices</h1>\n    <table class=\"prices\">\n      <tr><th>Service</th><th>Shell</th><th>Jodie</th><th>Time</th></tr>\n      <tr><td>Cut &amp; blow dry</td><td>£42</td><td>£42</td><td>45 mins</td></tr>\n      <tr><td>Balayage</td><td>£140</td><td>£140</td><td>2½ hrs</td></tr>\n    </table>\n  </div>\n</body>\n</html>"),
                 read("/Users/shellcutts/Desktop/website/css/style.css",
                      "body { font-family: Georgia, serif; margin: 0; }\n.wrap { width: 960px; margin: 0 auto; }\n.prices { width: 900px; border-collapse: collapse; }\n.prices td, .prices th { padding: 12px 24px; border-bottom: 1px solid #ddd; }")),
             edit("/Users/shellcutts/Desktop/website/prices.html",
                  "  <title>Shell Cutts - Prices</title>",
                  "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  <title>Shell Cutts - Prices</title>"),
             edit("/Users/shellcutts/Desktop/website/css/style.css",
                  ".wrap { width: 960px; margin: 0 auto; }\n.prices { width: 900px; border-collapse: collapse; }\n.prices td, .prices th { padding: 12px 24px; border-bottom: 1px solid #ddd; }",
                  ".wrap { max-width: 960px; margin: 0 auto; padding: 0 12px; }\n.prices { width: 100%; border-collapse: collapse; }\n.prices td, .prices th { padding: 12px 24px; border-bottom: 1px solid #ddd; }\n\n@media (max-width: 600px) {\n  .prices td, .prices th { padding: 8px 6px; font-size: 15px; }\n}"),
             say("Found the cause. The page was built with a fixed width of 960 pixels, wider than any phone, and it was missing the line that tells phones to use their real screen width, so the phone shrinks the whole page down and it looks squashed.\n\n"
                 "I've added that line to the prices page and made the table fit the screen, with smaller spacing on phones. On a computer it will look the same as before.")),
        turn("still squashed on my phone",
             bash("ls -la; grep -ril -E 'ftp|host|upload|netlify' . 2>/dev/null | head",
                  "total 40\ndrwxr-xr-x   8 shellcutts  staff   256  2 Feb 20:44 .\ndrwx------+ 14 shellcutts  staff   448  2 Feb 20:31 ..\n-rw-r--r--   1 shellcutts  staff  1802 12 Mar  2021 contact.html\ndrwxr-xr-x   4 shellcutts  staff   128  2 Feb 20:44 css\ndrwxr-xr-x   5 shellcutts  staff   160 12 Mar  2021 img\n-rw-r--r--   1 shellcutts  staff  2210 12 Mar  2021 index.html\n-rw-r--r--   1 shellcutts  staff   874  2 Feb 20:44 prices.html\n-rw-r--r--   1 shellcutts  staff    96 12 Mar  2021 upload.txt\n./upload.txt",
                  desc="Look for how the site gets uploaded"),
             read("/Users/shellcutts/Desktop/website/upload.txt",
                  "host is 123-reg, log in and use File Manager, put everything in public_html\n- Kyle"),
             say("I think I know why. The changes I made are only in the copy of the website on your computer (the Desktop folder). Your phone shows the live website, which is stored at your web host, 123-reg, and that still has the old files.\n\n"
                 "Kyle left a note (`upload.txt`) saying how to update it:\n\n1. Log in to your 123-reg account.\n2. Open **File Manager** and go into the `public_html` folder.\n3. Upload `prices.html` (replace the old one) and, inside the `css` folder, `style.css`.\n\n"
                 "Then open the prices page on your phone again (you may need to refresh, or close and reopen the browser, as phones keep old copies for a while). If it still looks squashed after that, send me a screenshot and I'll look again.")),
    ],
)

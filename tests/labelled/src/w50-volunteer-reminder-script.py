LABEL = dict(
    split="heldout2",
    persona="Volunteer coordinator at a church food pantry, spreadsheet user, never written code",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 wishes for reminder emails from 'our google sheet' without naming the sheet, columns or timing; "
               "prompt 2 pastes an error, and the agent explains basics she did not know to ask (where Apps Script "
               "is, authorising the script, triggers): level 1 (correction direction decides between 1 and 2). A new Apps Script was written (building). "
               "Prompt 2 reports a failure (TypeError on getRange); prompt 3 ('it worked!! i got the test email') "
               "confirms after it: trouble, then verified."),
)

SESSION = dict(
    cwd="/Users/marisol/Desktop/pantry", start="2026-05-06T19:20:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("hello, i keep a google sheet of who is volunteering each saturday at our food pantry. is there a way it "
             "could email people a reminder the day before?? i spend every friday texting everyone and its a lot. i "
             "dont know how to code at all so please explain like im 5 haha",
             write("/Users/marisol/Desktop/pantry/reminder.gs",
                   "function sendReminders() {\n  const sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');\n"
                   "  const rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, 3).getValues();\n  const tomorrow = new Date();\n"
                   "  tomorrow.setDate(tomorrow.getDate() + 1);\n  rows.forEach(([name, email, date]) => {\n"
                   "    if (date instanceof Date && date.toDateString() === tomorrow.toDateString()) {\n"
                   "      MailApp.sendEmail(email, 'Reminder: pantry shift tomorrow',\n"
                   "        `Hi ${name},\\n\\nThanks for volunteering! Just a reminder you're on for tomorrow at the pantry.\\n\\nSee you there!`);\n"
                   "    }\n  });\n}\n",
                   pre="Yes! Google Sheets has a built-in helper called Apps Script that can do this. I'll write the script for you."),
             say("Here's the plan, step by step:\n\n1. Open your sheet. Click **Extensions → Apps Script**.\n2. Delete "
                 "whatever is in the box, and paste in everything from `reminder.gs` (I saved it on your Desktop in the "
                 "pantry folder).\n3. Click the 💾 save icon, then **Run**.\n\nThe script assumes the sheet has **name "
                 "in column A, email in column B, and the shift date in column C**, with headings in row 1. Tell me if "
                 "yours looks different!")),
        turn("it says TypeError: Cannot read properties of null (reading 'getRange') sendReminders @ Code.gs:3\n"
             "my columns are name, phone, email, saturday date. the tab at the bottom says Volunteers",
             edit("/Users/marisol/Desktop/pantry/reminder.gs",
                  "getSheetByName('Sheet1');\n  const rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, 3).getValues();",
                  "getSheetByName('Volunteers');\n  const rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, 4).getValues();"),
             edit("/Users/marisol/Desktop/pantry/reminder.gs", "rows.forEach(([name, email, date]) => {",
                  "rows.forEach(([name, phone, email, date]) => {"),
             say("That error means the script looked for a tab called **Sheet1**, and yours is called **Volunteers**. "
                 "I also fixed the columns: yours are name, phone, email, date (four, not three).\n\nCopy the new "
                 "`reminder.gs` into Apps Script again and press **Run**. The first time, Google will ask for "
                 "permission to send email as you. Click **Review permissions → your account → Advanced → Go to "
                 "project → Allow**. That's normal for your own scripts.\n\nTo test it, put your own email in a row "
                 "with tomorrow's date.")),
        turn("it worked!! i got the test email. how do i make it go every friday by itself",
             say("Wonderful! 🎉 To make it run on its own:\n\n1. In Apps Script, click the **⏰ clock icon (Triggers)** "
                 "on the left.\n2. **+ Add Trigger** → function `sendReminders` → event source **Time-driven** → **Week "
                 "timer** → **Every Friday** → pick a time like 9am–10am.\n3. Save.\n\nFrom now on it'll email "
                 "everyone on Saturday's list every Friday morning. Remember to delete your test row!")),
    ],
)

LABEL = dict(
    split="heldout4",
    persona="HR assistant merging two staff lists before a benefits enrolment",
    expertise_level=2, work_mode="analysing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the two files and the goal (one list without the duplicates) but not how to tell two rows are the "
               "same person; prompt 2 says 'some people are still in twice' without saying who or why: level 2. Lists combined and "
               "counted from spreadsheets: analysing. Reading the second file fails on its encoding (trouble), the agent re-reads it "
               "and matches on email, then prompt 2 reports the result still wrong; the agent adjusts, and the session ends without "
               "a confirmation: abandoned."),
)

SESSION = dict(
    cwd="/home/priya/Documents/benefits-2027", start="2026-11-23T11:10:00Z", model="claude-sonnet-4-6", version="2.1.284",
    turns=[
        turn("I have two staff lists, payroll_staff.csv and onsite_staff.csv, and I need one list with everyone once for the benefits enrolment. can you combine them and take out the duplicates",
             bash("python3 -c \"import pandas as pd; a=pd.read_csv('payroll_staff.csv'); b=pd.read_csv('onsite_staff.csv'); print(len(a), len(b))\"", "", desc="Load both lists",
                  code=1, stderr="Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1184: invalid continuation byte\n"),
             bash("file onsite_staff.csv; head -3 payroll_staff.csv; iconv -f cp1252 -t utf-8 onsite_staff.csv | head -3",
                  "onsite_staff.csv: ISO-8859 text, with CRLF line terminators\nemployee_id,first_name,last_name,email,department\nE1041,Renée,Dubois,renee.dubois@harlowgroup.co.uk,Finance\n"
                  "E1042,Tom,Okafor,tom.okafor@harlowgroup.co.uk,Warehouse\nName,Email,Site\nRenée Dubois,Renee.Dubois@harlowgroup.co.uk,Leicester\nSam Patel,sam.patel@harlowgroup.co.uk,Leicester",
                  desc="Check the file encoding and columns"),
             write("/home/priya/Documents/benefits-2027/merge_lists.py",
                   "import pandas as pd\na = pd.read_csv('payroll_staff.csv')\na['name'] = a.first_name + ' ' + a.last_name\nb = pd.read_csv('onsite_staff.csv', encoding='cp1252')\n"
                   "b = b.rename(columns={'Name': 'name', 'Email': 'email', 'Site': 'site'})\nallstaff = pd.concat([a[['name', 'email', 'department']], b[['name', 'email', 'site']]])\n"
                   "allstaff['email'] = allstaff.email.str.strip().str.lower()\nmerged = allstaff.groupby('email', as_index=False).first()\nmerged.to_csv('all_staff.csv', index=False)\n"
                   "print(len(a), len(b), len(merged))\n"),
             bash("python3 merge_lists.py", "212 148 247", desc="Merge on email"),
             say("Done: `all_staff.csv` has **247 people**. Payroll had 212, the onsite list 148, and 113 were on both. The onsite file was saved in an older "
                 "Windows format, so I read it with that encoding. I matched people by email address, ignoring capitals.")),
        turn("some people are still in there twice though",
             bash("python3 -c \"import pandas as pd; m=pd.read_csv('all_staff.csv'); d=m[m.name.duplicated(keep=False)].sort_values('name'); print(d.to_string(index=False))\"",
                  "         name                                   email department       site\n  Chris Hale          chris.hale@harlowgroup.co.uk  Warehouse        NaN\n"
                  "  Chris Hale         chris.hale2@harlowgroup.co.uk        NaN  Leicester\n Joanna Wiśniewska  j.wisniewska@harlowgroup.co.uk    Finance        NaN\n"
                  " Joanna Wiśniewska joanna.wisniewska@harlowgroup.co.uk        NaN  Leicester", desc="Find names that appear twice"),
             edit("/home/priya/Documents/benefits-2027/merge_lists.py", "merged = allstaff.groupby('email', as_index=False).first()",
                  "merged = allstaff.groupby('email', as_index=False).first()\nmerged = merged.groupby('name', as_index=False).first()"),
             bash("python3 merge_lists.py", "212 148 245", desc="Rerun"),
             say("Two people were on the lists under different email addresses (Chris Hale and Joanna Wiśniewska), so matching by email missed them. I now also "
                 "merge rows with the same name: **245 people**. One caution: if two different employees share a name, this would merge them, so it's worth a glance "
                 "at the list before enrolment.")),
    ],
)

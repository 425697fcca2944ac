LABEL = dict(
    split="heldout2",
    persona="Financial controller at a mid-sized engineering firm, preparing the monthly management pack",
    expertise_level=4, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 pins the source (variance_mar.xlsx), the selection rule (cost centres over budget by more "
               "than 5% and more than EUR 10k), the deliverable (one short paragraph each on the cause, from the notes "
               "column, plain English for the board) and a length limit; prompt 2 corrects the agent with a domain "
               "fact (Marketing's overspend is a timing difference: an April trade-show invoice booked in March): "
               "level 4. The product is a board document, so writing. Nothing failed; prompt 3 ('that's going in the "
               "pack') confirms: verified."),
)

SESSION = dict(
    cwd="/Users/henrik/Finance/ManagementPack/2026-03", start="2026-04-08T07:15:00Z", model="claude-sonnet-4-6", version="2.1.240",
    turns=[
        turn("Please draft the variance commentary for the March management pack from variance_mar.xlsx. Only cost "
             "centres that are over budget by more than 5% AND more than €10k year to date. For each one, a short "
             "paragraph on the cause, based on the notes column, in plain English for the board, no accounting "
             "jargon. The whole thing must fit on one page. Save it as a Word-friendly markdown file.",
             bash("python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_excel('variance_mar.xlsx', sheet_name='YTD')\n"
                  "df['var'] = df['Actual'] - df['Budget']\ndf['var_pct'] = 100 * df['var'] / df['Budget']\n"
                  "sel = df[(df['var'] > 10000) & (df['var_pct'] > 5)].sort_values('var', ascending=False)\n"
                  "print(sel[['Cost centre','Budget','Actual','var','var_pct','Notes']].to_string(index=False))\nprint(len(df), 'cost centres')\nPY",
                  "Cost centre        Budget     Actual      var  var_pct  Notes\n   Site Services  1840000.0  2012500.0 172500.0      9.4  Steel price rise on Lyon contract; 2 subcontractor days lost to weather, overtime to recover\n"
                  "       Marketing   310000.0   356200.0  46200.0     14.9  Trade show Hannover invoice EUR 41k posted Mar\n"
                  "     IT & Systems   265000.0   289900.0  24900.0      9.4  ERP licence true-up after audit (one-off)\n"
                  "   Fleet & Travel   148000.0   161300.0  13300.0      9.0  Fuel +11% vs budget assumption; 2 extra site visits Nantes\n"
                  "27 cost centres", desc="Cost centres over budget by >5% and >€10k YTD"),
             write("/Users/henrik/Finance/ManagementPack/2026-03/variance_commentary_mar.md",
                   "# March 2026: cost centres over budget (year to date)\n\nFour of our 27 cost centres are more than 5% and more than €10k "
                   "over budget for the year so far. Together they are €256.9k over.\n\n**Site Services: €172.5k over (9.4%).** Steel for "
                   "the Lyon contract cost more than we planned for, and bad weather cost two days of subcontractor work, which we made "
                   "up with overtime to stay on schedule.\n\n**Marketing: €46.2k over (14.9%).** Higher campaign costs, mainly the "
                   "Hannover trade show (€41k).\n\n**IT & Systems: €24.9k over (9.4%).** A one-off payment for extra ERP licences, "
                   "found in the software supplier's licence audit. We don't expect it to recur.\n\n**Fleet & Travel: €13.3k over "
                   "(9.0%).** Fuel has cost about 11% more than the budget assumed, and two extra site visits to Nantes were needed.\n"),
             say("Saved `variance_commentary_mar.md`. Four cost centres meet both tests (Site Services, Marketing, IT & "
                 "Systems, Fleet & Travel), €256.9k over in total. It's about half a page. Markdown pastes cleanly into "
                 "Word, or I can convert it with pandoc if you prefer a .docx.")),
        turn("Marketing isn't higher campaign costs. The Hannover invoice is for the April show; it was booked in March "
             "because it arrived early, so it's a timing difference and reverses next month. Please say that, and "
             "make the total clear that part of it is timing.",
             edit("/Users/henrik/Finance/ManagementPack/2026-03/variance_commentary_mar.md",
                  "**Marketing: €46.2k over (14.9%).** Higher campaign costs, mainly the Hannover trade show (€41k).",
                  "**Marketing: €46.2k over (14.9%).** Almost all of this is timing. The €41k invoice for the Hannover trade show in "
                  "April arrived early and was booked in March. It will be matched against April's budget, so about €41k of this "
                  "reverses next month. The remaining €5.2k is within normal variation."),
             edit("/Users/henrik/Finance/ManagementPack/2026-03/variance_commentary_mar.md",
                  "Together they are €256.9k over.",
                  "Together they are €256.9k over, of which about €41k is timing that reverses in April (Marketing), "
                  "leaving an underlying overspend of about €216k."),
             say("Updated: Marketing is now described as a timing difference that reverses in April, and the opening "
                 "line splits the €256.9k into about €41k timing and about €216k underlying.")),
        turn("Good, that's going in the pack as is.",
             say("Great. If it helps for next month, the same filter (over 5% and over €10k YTD) will show whether the "
                 "Marketing timing difference has reversed as expected.")),
    ],
)

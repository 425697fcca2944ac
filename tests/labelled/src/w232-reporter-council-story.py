LABEL = dict(
    split="heldout8",
    persona="Reporter on a weekly local newspaper, turning council meeting notes into a story",
    expertise_level=2, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the thing and the goal (these council notes, a story for the paper) and nothing else – no angle, length or style; prompt 2 "
               "adds one constraint ('its a nib') and supplies the councillor's name the agent asked to check, an answer rather than the user's own correction; "
               "the agent never corrects her: level 2 (first written as 1; on review 'names the thing and the goal' fits better than 'a wish'). A news article written: writing. No action fails; 'great thanks' is courtesy, not a statement that the draft is right, "
               "so there is no evidence: neither success nor abandoned."),
)

SESSION = dict(
    cwd="/Users/tom/Documents/Gazette", start="2026-11-26T15:30:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("can you make this into a story for the paper, its my notes from last nights council meeting",
             read("/Users/tom/Documents/Gazette/council_notes_25nov.txt",
                  "planning cttee 7pm\ncllr hughes chair\nitem 4 - car park on mill lane, 40 spaces, plan to sell to developer for 18 homes\n"
                  "objections 212 letters\ncllr dev - 'heart of the high st' 'traders will die'\nofficer says car park used 31% avg weekday\n"
                  "vote deferred to jan, want parking survey\nitem 6 - new bins rollout delayed again, march now\npublic gallery full, some heckling"),
             write("/Users/tom/Documents/Gazette/millane_carpark_draft.md",
                   "# Decision on Mill Lane car park sale put off until January\n\nA plan to sell Mill Lane car park to a developer for 18 new homes has been put on hold "
                   "after a packed council meeting heard more than 200 objections.\n\nCouncillors on the planning committee voted on Tuesday night to defer a decision until "
                   "January so that a parking survey can be carried out.\n\nThe 40-space car park would be sold for housing under the proposals. Council officers told the meeting "
                   "it is on average only 31 per cent full on weekdays.\n\nBut Cllr Devi described it as \"the heart of the high street\", warning that \"traders will die\" if it closes. "
                   "The council received 212 letters of objection.\n\nThe public gallery was full, and some residents heckled during the debate.\n\n"
                   "Separately, the committee heard that the roll-out of new household bins has been delayed again, until March."),
             say("I've drafted it as a news story in `millane_carpark_draft.md` (about 170 words), leading on the deferral since that's the news, with the bins delay as a "
                 "last line. I guessed Cllr Dev is Cllr Devi – worth checking. How long does it need to be?")),
        turn("shorter i guess, its a nib. cllr dev is right its Cllr Dev Patel",
             edit("/Users/tom/Documents/Gazette/millane_carpark_draft.md",
                  "But Cllr Devi described it as \"the heart of the high street\", warning that \"traders will die\" if it closes. The council received 212 letters of objection.\n\nThe public gallery was full, and some residents heckled during the debate.\n\nSeparately, the committee heard that the roll-out of new household bins has been delayed again, until March.",
                  "Cllr Dev Patel called it \"the heart of the high street\" and warned that \"traders will die\". The council received 212 letters of objection."),
             say("Cut to a news-in-brief of about 90 words and fixed the name to Cllr Dev Patel. The bins line is gone; it could be its own nib.")),
        turn("great thanks",
             say("You're welcome – good luck with the deadline.")),
    ],
)

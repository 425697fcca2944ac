LABEL = dict(
    split="dev",
    persona="Hobbyist who built a Flask recipe app with tutorials and wants it online",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish ('put it on the server') with no host, credentials or method; the agent has to "
               "explain what an SSH key is; prompt 2 is just 'try again': level 1. Deploying to a server over ssh "
               "is operating. Both ssh attempts fail (Permission denied, publickey), the retry fails too, and the "
               "session ends with no evidence: abandoned."),
)

SESSION = dict(
    cwd="/home/gary/recipes-app", start="2026-01-11T20:15:00Z", model="claude-sonnet-4-6", version="2.1.201",
    turns=[
        turn("my app works on my laptop but i want to put it on the server my nephew set up for me so my family "
             "can use it. can you do it. the server is 161.35.20.14",
             bash("ls", "app.py\nrequirements.txt\ntemplates\nstatic\nrecipes.db", desc="List project files",
                  pre="I'll check the project and then try to connect to the server."),
             bash("ssh -o BatchMode=yes -o ConnectTimeout=10 root@161.35.20.14 'uname -a'",
                  "root@161.35.20.14: Permission denied (publickey).", code=255, desc="Test SSH access to the server"),
             say("I can't log in to the server: it only accepts SSH keys (\"Permission denied (publickey)\"), and "
                 "this laptop doesn't have a key that the server trusts.\n\nTo deploy I'd need one of:\n1. Your "
                 "nephew adds your laptop's public key to the server. I can create a key pair for you and show you "
                 "what to send him.\n2. The username he set up for you, if it isn't `root`.\n\nWhich would you "
                 "like?")),
        turn("try again",
             bash("ssh -o BatchMode=yes -o ConnectTimeout=10 root@161.35.20.14 'uname -a'",
                  "root@161.35.20.14: Permission denied (publickey).", code=255, desc="Test SSH access to the server"),
             bash("ls ~/.ssh", "known_hosts", desc="Look for SSH keys"),
             say("Same result. There's no SSH key on this laptop at all (only `known_hosts` in `~/.ssh`), so "
                 "retrying won't help. The server needs to be told about a key first.\n\nIf you like, I'll run "
                 "`ssh-keygen` to create one and then show you the one line (the public key) to text your nephew. "
                 "After he adds it, I can copy the app over and set it up to run.")),
    ],
)

LABEL = dict(
    split="heldout21",
    persona="hostel manager trying to move the hostel's small website to a new web host himself",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish with no technical names beyond what the host's email says ('move the website to the new hosting, they sent me these details'); the agent has to explain what an SSH key is and that the password in the email is for the control panel, not the server, and prompt 2 asks what a key is: level 1 (the agent explains basics, correction direction decides). "
               "The work is copying the site to a server over ssh/scp: operating. "
               "Both the scp and the ssh attempt fail with 'Permission denied (publickey)' (trouble, including a retry after the key is made); prompt 3 ('leave it, ill ask the web guy when he is back monday') stops with it unresolved, so abandoned."),
)

SESSION = dict(
    cwd="/home/reception/hostel-site", start="2026-11-30T21:05:00Z", model="claude-sonnet-4-6", version="2.1.251", branch="",
    turns=[
        turn("the owners changed our hosting to a new company and i have to move the website over. they sent an email with the details: server sftp.hostwave.eu, user harbourhostel, password Gull!2026. the website files are in this folder. can you just put them on there",
             bash("ls -la /home/reception/hostel-site | head -12", "total 2184\ndrwxr-xr-x 5 reception reception    4096 Nov 28 18:02 .\n-rw-r--r-- 1 reception reception    9214 Nov 28 18:02 index.html\n-rw-r--r-- 1 reception reception    6120 Nov 28 18:02 rooms.html\n-rw-r--r-- 1 reception reception    4388 Nov 28 18:02 contact.html\ndrwxr-xr-x 2 reception reception    4096 Nov 28 18:02 css\ndrwxr-xr-x 2 reception reception    4096 Nov 28 18:02 img\ndrwxr-xr-x 2 reception reception    4096 Nov 28 18:02 js", desc="List the website files"),
             bash("cd /home/reception/hostel-site && scp -o BatchMode=yes -r ./* harbourhostel@sftp.hostwave.eu:public_html/", code=1, out="harbourhostel@sftp.hostwave.eu: Permission denied (publickey).\nscp: Connection closed", desc="Copy the site to the new host"),
             say("The new server refused the connection with **\"Permission denied (publickey)\"**. That means it doesn't accept passwords at all: it only lets in computers whose *SSH key* it already knows. The password in the email is probably for their control panel (the website where you manage the account), not for the server itself.\n\nTwo ways forward:\n1. Log in to the Hostwave control panel with that password and look for **\"SSH keys\"** or **\"SFTP access\"**; I can make a key on this computer for you to paste in there.\n2. Or use their **File Manager** in the control panel and upload the folder there instead.")),
        turn("whats a ssh key? ok make one and tell me what to paste",
             bash("ssh-keygen -t ed25519 -N '' -f ~/.ssh/hostwave -C reception@harbourhostel && cat ~/.ssh/hostwave.pub", "Generating public/private ed25519 key pair.\nYour identification has been saved in /home/reception/.ssh/hostwave\nYour public key has been saved in /home/reception/.ssh/hostwave.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3q9Ezk1fQy0Cw7mJt2vR8LxN5pB4sUa6dKe0oGhT2W reception@harbourhostel", desc="Make a key for the new host"),
             say("An SSH key is a pair of files: a private one that stays on this computer and a public one you give to the server, so it recognises this computer without a password.\n\nPaste this whole line into the SSH keys page of the Hostwave control panel:\n\n```\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3q9Ezk1fQy0Cw7mJt2vR8LxN5pB4sUa6dKe0oGhT2W reception@harbourhostel\n```\n\nTell me when it's saved and I'll try the upload again.")),
        turn("ok i pasted it in the box that said authorised keys and pressed save",
             bash("ssh -i ~/.ssh/hostwave -o BatchMode=yes harbourhostel@sftp.hostwave.eu 'ls'", code=255, out="harbourhostel@sftp.hostwave.eu: Permission denied (publickey).", desc="Test the key"),
             bash("cd /home/reception/hostel-site && scp -i ~/.ssh/hostwave -o BatchMode=yes -r ./* harbourhostel@sftp.hostwave.eu:public_html/", code=1, out="harbourhostel@sftp.hostwave.eu: Permission denied (publickey).\nscp: Connection closed", desc="Try the upload with the key"),
             say("It's still refused. Some hosts take a few minutes to activate a new key, and some have the SSH keys page under a *different* user than `harbourhostel` (for example `harbourhostel_ftp`). Could you check on that page which username the key is listed under, or whether it says \"pending\"?")),
        turn("leave it, ill ask the web guy when he is back monday. thanks anyway",
             say("No problem. For the web guy: the key is `~/.ssh/hostwave` on this computer, the public half is pasted in the control panel, and the server still answers \"Permission denied (publickey)\" for user `harbourhostel`. The site files are unchanged in `/home/reception/hostel-site`.")),
    ],
)

LABEL = dict(
    split="heldout",
    persona="Teenager who runs a Discord server for a gaming group, first programming project",
    expertise_level=2, work_mode="building",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the platform and the behaviour (a bot that says good morning every day) but nothing "
               "else; later prompts paste the error ('it says improper token') or say 'try again' and need the "
               "agent to explain where a token comes from: level 2. A new bot was written (building). The first run "
               "fails (LoginFailure) and prompt 2 reports it; after the user sets the token, prompt 5 ('it works!! "
               "it posted in general') confirms: verified."),
)

SESSION = dict(
    cwd="/home/zak/discord-bot", start="2026-02-21T10:15:00Z", model="claude-sonnet-4-6", version="2.1.221",
    turns=[
        turn("make me a discord bot that says good morning in my server every day",
             bash("python3 --version && ls", "Python 3.12.3", desc="Check Python and the folder", pre="I'll make a small Python bot. Let me check what's set up."),
             bash("python3 -m venv .venv && .venv/bin/pip install discord.py", "Successfully installed aiohttp-3.10.5 discord.py-2.4.0 ...", desc="Install discord.py in a virtualenv", ms=14000),
             write("/home/zak/discord-bot/bot.py",
                   "import os, datetime as dt\nimport discord\nfrom discord.ext import tasks\n\nTOKEN = os.environ.get('DISCORD_TOKEN', '')\nCHANNEL_ID = int(os.environ.get('CHANNEL_ID', '0'))\n\n"
                   "intents = discord.Intents.default()\nclient = discord.Client(intents=intents)\n\n@tasks.loop(time=dt.time(hour=8))\nasync def good_morning():\n    ch = client.get_channel(CHANNEL_ID)\n    if ch:\n        await ch.send('Good morning everyone! ☀️')\n\n"
                   "@client.event\nasync def on_ready():\n    print(f'Logged in as {client.user}')\n    good_morning.start()\n\nclient.run(TOKEN)\n"),
             bash(".venv/bin/python bot.py", "Traceback (most recent call last):\n  ...\ndiscord.errors.LoginFailure: Improper token has been passed.", code=1, desc="Start the bot"),
             say("The bot is written (`bot.py`). It posts **\"Good morning everyone! ☀️\"** every day at 08:00. It "
                 "won't start yet because it needs a **bot token** from Discord (that's the error above).\n\n1. Go to "
                 "https://discord.com/developers/applications → **New Application** → **Bot** → **Reset Token**, "
                 "and copy it.\n2. Under **OAuth2 → URL Generator**, tick `bot` and **Send Messages**, then open the "
                 "link to invite the bot to your server.\n3. In Discord, right-click your channel → **Copy "
                 "Channel ID** (turn on Developer Mode in settings first).")),
        turn("it says improper token",
             say("That's expected until you give it your token. It reads the token from a setting called "
                 "`DISCORD_TOKEN`. After you've copied the token from the developer page, run:\n\n```sh\n"
                 "export DISCORD_TOKEN='paste-your-token-here'\nexport CHANNEL_ID='your-channel-id'\n.venv/bin/python bot.py\n```\n\n"
                 "Never share the token with anyone. It's like a password for the bot.")),
        turn("ok i did that",
             bash("test -n \"$DISCORD_TOKEN\" && echo set || echo missing", "missing", desc="Check whether the token is set in this shell"),
             say("The token isn't set in *my* terminal. `export` only applies to the terminal you typed it in. The "
                 "easiest way is a `.env` file: create a file called `.env` in the bot folder with\n\n```\n"
                 "DISCORD_TOKEN=your-token\nCHANNEL_ID=123456789\n```\n\nthen tell me and I'll make the bot read it.")),
        turn("done, try again",
             bash(".venv/bin/pip install python-dotenv", "Successfully installed python-dotenv-1.0.1", desc="Install python-dotenv"),
             edit("/home/zak/discord-bot/bot.py", "import discord\n", "import discord\nfrom dotenv import load_dotenv\nload_dotenv()\n"),
             bash("timeout 20 .venv/bin/python bot.py", "Logged in as MorningBot#4821", desc="Start the bot for 20 seconds"),
             say("It logged in as **MorningBot#4821**. 🎉 To test it without waiting until 8am, I can add a "
                 "`!gm` command. Or just leave it running (`.venv/bin/python bot.py`) and check tomorrow morning.")),
        turn("it works!! it posted in general when i changed the time to test. thank you",
             say("Awesome! Remember to change the time back to 8 (`dt.time(hour=8)`). Note that the time is UTC. "
                 "The bot only works while your computer is on and `bot.py` is running; if you want it online all "
                 "the time, we can look at a free host later.")),
    ],
)

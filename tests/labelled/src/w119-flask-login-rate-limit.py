LABEL = dict(
    split="heldout4",
    persona="Backend developer at a small agency maintaining a Flask client portal",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the route (/login), the app (Flask), the limit (5 tries a minute per IP) and asks for the tests "
               "to be run, but leaves the library and the storage to the agent: level 3. A new feature added in code: building. "
               "No failure; `pytest` passes at the end: verified success."),
)

SESSION = dict(
    cwd="/srv/dev/portal", start="2026-11-16T09:40:00Z", model="claude-opus-4-6", version="2.1.281", branch="feature/login-throttle",
    turns=[
        turn("We're getting credential stuffing on the client portal. Can you add rate limiting to the /login route in our Flask app, something like 5 "
             "attempts a minute per IP, and run the tests after",
             grep("def login", content="portal/auth.py:22:def login():"),
             par(read("/srv/dev/portal/portal/auth.py", "from flask import Blueprint, request, render_template, redirect\nfrom .users import check_password\n\nbp = Blueprint('auth', __name__)\n\n"
                      "...\n\n@bp.route('/login', methods=['GET', 'POST'])\ndef login():\n    if request.method == 'POST':\n        ..."),
                 read("/srv/dev/portal/portal/__init__.py", "from flask import Flask\n\ndef create_app(config=None):\n    app = Flask(__name__)\n    app.config.from_object(config or 'portal.config.Default')\n"
                      "    from . import auth\n    app.register_blueprint(auth.bp)\n    return app"),
                 read("/srv/dev/portal/requirements.txt", "Flask==3.0.3\nFlask-WTF==1.2.1\nredis==5.0.8\npytest==8.3.2")),
             bash("pip install -q Flask-Limiter==3.8.0 && echo 'Flask-Limiter==3.8.0' >> requirements.txt", "", desc="Add Flask-Limiter", ms=9000),
             write("/srv/dev/portal/portal/limits.py", "from flask_limiter import Limiter\nfrom flask_limiter.util import get_remote_address\n\n"
                   "limiter = Limiter(key_func=get_remote_address, default_limits=[])\n"),
             edit("/srv/dev/portal/portal/__init__.py", "    from . import auth\n", "    from .limits import limiter\n    app.config.setdefault('RATELIMIT_STORAGE_URI', 'memory://')\n    limiter.init_app(app)\n    from . import auth\n"),
             edit("/srv/dev/portal/portal/auth.py", "@bp.route('/login', methods=['GET', 'POST'])\ndef login():",
                  "@bp.route('/login', methods=['GET', 'POST'])\n@limiter.limit('5 per minute', methods=['POST'])\ndef login():"),
             edit("/srv/dev/portal/portal/auth.py", "from .users import check_password\n", "from .users import check_password\nfrom .limits import limiter\n"),
             write("/srv/dev/portal/tests/test_login_limit.py",
                   "def test_sixth_post_in_a_minute_is_refused(client):\n    for _ in range(5):\n        assert client.post('/login', data={'email': 'x@y.z', 'password': 'no'}).status_code == 200\n"
                   "    assert client.post('/login', data={'email': 'x@y.z', 'password': 'no'}).status_code == 429\n\n\n"
                   "def test_get_is_not_limited(client):\n    for _ in range(10):\n        assert client.get('/login').status_code == 200\n"),
             bash("python -m pytest -q", "..................                                                       [100%]\n18 passed in 1.41s", desc="Run the test suite"),
             say("Added Flask-Limiter: POSTs to `/login` are limited to 5 a minute per client IP (GETs of the form aren't), returning 429 after that. Storage "
                 "defaults to in-memory; with more than one worker process set `RATELIMIT_STORAGE_URI=redis://…` (you already have redis). Two new tests, and the "
                 "whole suite passes (18).\n\nIf the portal sits behind a proxy, the IP must come from `X-Forwarded-For` (via `ProxyFix`), or every client looks the same.")),
    ],
)

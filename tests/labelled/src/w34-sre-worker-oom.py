LABEL = dict(
    split="heldout",
    persona="SRE at a media company running batch workers on Docker Compose hosts",
    expertise_level=4, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the host, the service, the onset (since the 1.8 image), the diagnostics to gather "
               "(docker stats, last 200 log lines) and the exact change (mem_limit 2g, MALLOC_ARENA_MAX=2, redeploy "
               "only that service); prompt 2 reports failure with specifics (same OOM in dmesg): level 4. Host and "
               "container changes over ssh are operating. The compose redeploy fails once (trouble), and prompt 2 "
               "reports the worker still OOMs; the session ends without evidence: abandoned."),
)

SESSION = dict(
    cwd="/home/lmoreau/src/ops", start="2026-03-19T07:55:00Z", model="claude-opus-4-7", version="2.1.237",
    turns=[
        turn("The transcode worker on build-02 keeps getting OOM-killed and restarting since we rolled the 1.8 "
             "image yesterday. Over ssh: check docker stats and the last 200 lines of its logs, then cap it at 2g "
             "and set MALLOC_ARENA_MAX=2 in /srv/media/docker-compose.yml, and redeploy just that service, not the "
             "whole stack.",
             bash("ssh build-02 'docker stats --no-stream --format \"{{.Name}} {{.MemUsage}} {{.MemPerc}}\" | grep transcode'",
                  "media-transcode-1 5.71GiB / 7.63GiB 74.8%", desc="Memory use of the transcode worker"),
             bash("ssh build-02 'docker logs --tail 200 media-transcode-1 2>&1 | tail -15'",
                  "2026-03-19T07:41:02Z INFO job=88213 start preset=h265-1080p\n2026-03-19T07:41:02Z INFO spawning 16 encoder threads\n...\n2026-03-19T07:44:37Z INFO job=88213 progress=61%",
                  desc="Last log lines of the worker"),
             bash("ssh build-02 'grep -n -A12 \"transcode:\" /srv/media/docker-compose.yml'",
                  "41:  transcode:\n42:    image: registry.example.com/media/transcode:1.8.0\n43:    restart: unless-stopped\n44:    environment:\n45:      - QUEUE=transcode\n46:    volumes:\n47:      - /srv/media/scratch:/scratch",
                  desc="Show the transcode service definition"),
             bash("ssh build-02 \"sed -i '43a\\    mem_limit: 2g' /srv/media/docker-compose.yml && sed -i '/- QUEUE=transcode/a\\      - MALLOC_ARENA_MAX=2' /srv/media/docker-compose.yml\"",
                  "", desc="Add the memory cap and MALLOC_ARENA_MAX"),
             bash("ssh build-02 'cd /srv/media && docker compose up -d --no-deps transcode'",
                  "yaml: line 45: did not find expected '-' indicator", code=1, desc="Redeploy only the transcode service"),
             bash("ssh build-02 'sed -n 41,50p /srv/media/docker-compose.yml'",
                  "  transcode:\n    image: registry.example.com/media/transcode:1.8.0\n    restart: unless-stopped\n    mem_limit: 2g\n    environment:\n      - QUEUE=transcode\n        - MALLOC_ARENA_MAX=2\n    volumes:",
                  desc="Inspect the edited lines"),
             bash("ssh build-02 \"sed -i 's/^        - MALLOC_ARENA_MAX=2/      - MALLOC_ARENA_MAX=2/' /srv/media/docker-compose.yml && cd /srv/media && docker compose up -d --no-deps transcode\"",
                  "[+] Running 1/1\n ✔ Container media-transcode-1  Started", desc="Fix the indentation and redeploy"),
             say("What I found before the change: the worker was using **5.7 GiB** (75% of the host). The log shows "
                 "it spawning **16 encoder threads** per job.\n\nChanges to `/srv/media/docker-compose.yml` "
                 "(transcode only): `mem_limit: 2g` and `MALLOC_ARENA_MAX=2`. The first `compose up` failed because "
                 "my `sed` over-indented the env line. I fixed that and recreated only `media-transcode-1` with "
                 "`--no-deps`.\n\nA caveat: if 1.8 really needs more than 2 GiB for 16 threads, a hard cap will turn "
                 "slow growth into faster OOM kills. We'll see within a job or two.")),
        turn("Still restarting, same OOM in dmesg on the next job, it hits the 2g cap at about 40% progress. Leave "
             "it capped, I'll pin the thread count in the image tomorrow.",
             bash("ssh build-02 'dmesg -T | grep -i \"killed process\" | tail -3'",
                  "[Thu Mar 19 08:14:51 2026] Memory cgroup out of memory: Killed process 412877 (ffmpeg) total-vm:3141212kB, anon-rss:2090116kB",
                  desc="Confirm the OOM kills"),
             say("Confirmed: the cgroup OOM killer hit `ffmpeg` at about 2.0 GiB RSS. So MALLOC_ARENA_MAX alone "
                 "isn't enough. The growth comes from the 16 encoder threads in 1.8, not from allocator "
                 "fragmentation.\n\nI've left the cap in place as you asked. When you rebuild, `-threads 4` in the "
                 "h265 preset (or `ENCODER_THREADS=4` if the image reads it) should bring a job to roughly a "
                 "quarter of the memory.")),
    ],
)

LABEL = dict(
    split="heldout10",
    persona="Network engineer writing a Netmiko script to collect interface error counters",
    expertise_level=4, work_mode="building",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the library (Netmiko), the devices (the inventory CSV), the counters (input errors, CRC, output drops), the output format (one CSV row per interface) and a "
               "constraint (show commands only, 10 parallel connections max); prompt 2 answers the agent's telnet-or-SSH question (little signal of its own). Precision and scope are level 4, the check ('run it against the lab') has no acceptance criterion; "
               "level 4 by the first prompt's weight, not 5 (no failure modes anticipated). A new script is written: building. The lab run fails on the Nexus switches (trouble), the retry after the fix still times out, and prompt 3 reports "
               "'still timing out on the nexus ones' with no later success: abandoned."),
)

SESSION = dict(
    cwd="/home/bilal/netscripts", start="2026-11-28T10:15:00Z", model="claude-sonnet-4-6", version="2.1.250", branch="main",
    turns=[
        turn("write collect_errors.py: netmiko, devices from inventory/lab.csv (host,platform,site). for every interface pull input errors, CRC and output drops and write errors_<date>.csv, one row per interface (device, interface, in_err, crc, out_drops). "
             "show commands only, nothing in config mode. max 10 devices at once. creds from env NET_USER / NET_PASS. run it against the lab",
             read("/home/bilal/netscripts/inventory/lab.csv", "host,platform,site\nlab-acc-01,ios,LON1\nlab-acc-02,ios,LON1\nlab-dist-01,nxos,LON1\nlab-dist-02,nxos,LON1\nlab-core-01,iosxr,LON1"),
             write("/home/bilal/netscripts/collect_errors.py",
                   "import csv, os, re, datetime\nfrom concurrent.futures import ThreadPoolExecutor\nfrom netmiko import ConnectHandler\n\nDEVICE_TYPE = {'ios': 'cisco_ios', 'nxos': 'cisco_nxos_telnet', 'iosxr': 'cisco_xr'}\n\ndef collect(row):\n    conn = ConnectHandler(device_type=DEVICE_TYPE[row['platform']], host=row['host'],\n                          username=os.environ['NET_USER'], password=os.environ['NET_PASS'], conn_timeout=15)\n    out = conn.send_command('show interfaces', use_textfsm=True)\n    conn.disconnect()\n    return [(row['host'], i['interface'], i.get('input_errors'), i.get('crc'), i.get('output_drops') or i.get('out_drops')) for i in out]\n\nif __name__ == '__main__':\n    devices = list(csv.DictReader(open('inventory/lab.csv')))\n    with ThreadPoolExecutor(max_workers=10) as ex:\n        results = list(ex.map(collect, devices))\n    name = f'errors_{datetime.date.today()}.csv'\n    with open(name, 'w', newline='') as f:\n        w = csv.writer(f); w.writerow(['device', 'interface', 'in_err', 'crc', 'out_drops'])\n        for rows in results: w.writerows(rows)\n    print(name, sum(len(r) for r in results), 'interfaces')\n"),
             bash("python collect_errors.py", "", code=1, desc="Run against the lab", ms=31000,
                  stderr="Traceback (most recent call last):\n  File \"/home/bilal/netscripts/collect_errors.py\", line 17, in <module>\n    results = list(ex.map(collect, devices))\n  ...\nnetmiko.exceptions.NetmikoTimeoutException: Connection to device timed-out: cisco_nxos_telnet lab-dist-01:23"),
             say("The IOS and XR devices connect, but the Nexus switches time out on port 23 – I'd mapped `nxos` to Netmiko's telnet driver. Are the Nexus boxes reachable by telnet, or should that be SSH?")),
        turn("no telnet anywhere, nxos is plain ssh on 22 like the rest. use cisco_nxos",
             edit("/home/bilal/netscripts/collect_errors.py", "'nxos': 'cisco_nxos_telnet'", "'nxos': 'cisco_nxos'"),
             bash("python collect_errors.py", "", code=1, desc="Run again", ms=33000,
                  stderr="Traceback (most recent call last):\n  File \"/home/bilal/netscripts/collect_errors.py\", line 17, in <module>\n    results = list(ex.map(collect, devices))\n  ...\nnetmiko.exceptions.NetmikoTimeoutException: Connection to device timed-out: cisco_nxos lab-dist-01:22"),
             bash("nc -zv -w 5 lab-dist-01 22", "", code=1, desc="Check TCP 22 to lab-dist-01", stderr="nc: connect to lab-dist-01 port 22 (tcp) failed: Connection timed out"),
             say("Driver fixed, but lab-dist-01 doesn't answer on TCP 22 from this host at all (`nc` times out), so it's reachability, not Netmiko – perhaps an ACL on the Nexus mgmt VRF or the jump host. "
                 "Meanwhile I can make the script skip unreachable devices and log them, so the rest still gets collected.")),
        turn("still timing out on the nexus ones from the jump box too, i'll raise it with the lab team. leave it for today",
             say("OK – the script is in place with the right Nexus driver; once the lab team opens SSH to the dist switches it should run as is. I haven't added the skip-unreachable change.")),
    ],
)

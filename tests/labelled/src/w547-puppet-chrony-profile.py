LABEL = dict(
    split="heldout18",
    persona="Puppet sysadmin adding a chrony profile to the control repo",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the deliverable (`profile::time` using the puppet/chrony module), the servers to use from Hiera and the check to run (`pdk test unit`), but leaves the class design and spec cases to the agent; prompt 2 is a short go-ahead with a small addition: level 3. "
               "The agent writes a new profile class, Hiera data and an rspec-puppet spec: building, the spec serving the feature. "
               "`pdk validate` and `pdk test unit` pass with no failed action: verified success."),
)

SESSION = dict(
    cwd="/home/sanjay/puppet/control-repo", start="2026-11-24T14:50:00Z", model="claude-opus-4-6", version="2.1.231", branch="feature/profile-time",
    turns=[
        turn("add profile::time in site-modules/profile using puppet/chrony (already in the Puppetfile). ntp servers come from hiera, common.yaml should have ntp1/ntp2.corp.example. also add a spec and run pdk test unit",
             grep("chrony", path="/home/sanjay/puppet/control-repo", content="/home/sanjay/puppet/control-repo/Puppetfile:22:mod 'puppet-chrony', '3.0.0'"),
             write("/home/sanjay/puppet/control-repo/site-modules/profile/manifests/time.pp", "# @summary Time sync for all nodes via chrony; servers come from Hiera.\n#\n# @param servers NTP servers to sync from.\nclass profile::time (\n  Array[Stdlib::Host] $servers,\n) {\n  class { 'chrony':\n    servers => $servers,\n  }\n}\n"),
             edit("/home/sanjay/puppet/control-repo/data/common.yaml", "---\n", "---\nprofile::time::servers:\n  - ntp1.corp.example\n  - ntp2.corp.example\n"),
             write("/home/sanjay/puppet/control-repo/site-modules/profile/spec/classes/time_spec.rb", "# frozen_string_literal: true\n\nrequire 'spec_helper'\n\ndescribe 'profile::time' do\n  on_supported_os.each do |os, os_facts|\n    context \"on #{os}\" do\n      let(:facts) { os_facts }\n      let(:params) { { servers: ['ntp1.corp.example', 'ntp2.corp.example'] } }\n\n      it { is_expected.to compile.with_all_deps }\n      it { is_expected.to contain_class('chrony').with_servers(['ntp1.corp.example', 'ntp2.corp.example']) }\n      it { is_expected.to contain_service('chronyd').with_ensure('running') }\n    end\n  end\nend\n"),
             bash("cd /home/sanjay/puppet/control-repo/site-modules/profile && pdk validate puppet,metadata && pdk test unit --tests=spec/classes/time_spec.rb", "pdk (INFO): Using Ruby 3.2.5\npdk (INFO): Using Puppet 8.10.0\n┌ [✔] Running metadata validators ...\n├── [✔] Checking metadata syntax (metadata.json tasks/*.json).\n└── [✔] Checking module metadata style (metadata.json).\n┌ [✔] Running puppet validators ...\n└── [✔] Checking Puppet manifest style (**/*.pp).\n[✔] Preparing to run the unit tests.\n[✔] Running unit tests.\n  Evaluated 6 tests in 8.41 seconds: 0 failures, 0 pending.", desc="Validate and run the unit tests", ms=52000),
             say("Added:\n\n- `site-modules/profile/manifests/time.pp`: `profile::time` with a typed `servers` parameter (`Array[Stdlib::Host]`), passed to `chrony`\n- `data/common.yaml`: `profile::time::servers` = ntp1/ntp2.corp.example\n- `spec/classes/time_spec.rb`: compiles, passes the servers to `chrony`, and `chronyd` is running, for each supported OS (RHEL 8 and 9 from `metadata.json`)\n\n`pdk validate` is clean and the unit tests pass (6 examples). Nothing includes `profile::time` yet; add it to `role::base` when you're ready.")),
        turn("yep add it to role::base too",
             edit("/home/sanjay/puppet/control-repo/site-modules/role/manifests/base.pp", "  include profile::base_packages\n", "  include profile::base_packages\n  include profile::time\n"),
             bash("cd /home/sanjay/puppet/control-repo/site-modules/role && pdk test unit --tests=spec/classes/base_spec.rb", "pdk (INFO): Using Ruby 3.2.5\npdk (INFO): Using Puppet 8.10.0\n[✔] Preparing to run the unit tests.\n[✔] Running unit tests.\n  Evaluated 4 tests in 11.02 seconds: 0 failures, 0 pending.", desc="Run role::base tests", ms=41000),
             say("`role::base` now includes `profile::time`, and its spec still compiles with all dependencies (4 examples pass).")),
    ],
)

LABEL = dict(
    split="heldout22",
    persona="Azure Bicep infrastructure developer deploying a stack to a UAT resource group",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the template, the resource group, the parameters file and the earlier failure; the approach is left to the agent and there is no acceptance check beyond 'see if it goes through'. Prompt 2 ('purge it, it's uat') is a short decision, and prompt 3 a general decision to hand it to someone with rights. Level 3. "
               "The work is a deployment to an Azure environment: operating. "
               "The deployment fails on a soft-deleted key vault (exit 1) and the purge fails with AuthorizationFailed (exit 1); the session ends with the user deferring it to tomorrow and no evidence, so abandoned."),
)

SESSION = dict(
    cwd="/home/olu/work/claims-infra", start="2026-11-26T16:10:00Z", model="claude-sonnet-4-6", version="2.1.239", branch="main",
    turns=[
        turn("deploy main.bicep to rg-claims-uat with params/uat.bicepparam. last time it fell over on the key vault, see if it goes through now",
             bash("az account show --query '{sub:name, user:user.name}' -o tsv", "Claims-NonProd\tolu.adebayo@northgate-ins.co.uk", desc="Check the subscription"),
             bash("az deployment group create -g rg-claims-uat -f main.bicep -p params/uat.bicepparam -n claims-uat-1126 -o none", "", code=1, stderr="ERROR: {\"status\":\"Failed\",\"error\":{\"code\":\"DeploymentFailed\",\"details\":[{\"code\":\"ConflictError\",\"message\":\"A vault with the same name already exists in deleted state. You need to either recover or purge existing key vault. Follow this link https://go.microsoft.com/fwlink/?linkid=2149745 for more information on soft delete.\"}]}}", desc="Deploy to UAT", ms=94000),
             bash("az keyvault list-deleted --query \"[?name=='kv-claims-uat'].{name:name, deleted:properties.deletionDate, purge:properties.scheduledPurgeDate}\" -o table", "Name           Deleted                    Purge\n-------------  -------------------------  -------------------------\nkv-claims-uat  2026-11-12T09:41:07+00:00  2027-02-10T09:41:07+00:00", desc="Look at the deleted vault"),
             say("Same failure as last time: `kv-claims-uat` was deleted on 12 November and is in soft-delete until 10 February, so a new vault can't take the name. Options:\n\n1. **Purge** it (gone for good, then the deploy creates a fresh one). Needs the purge permission on the subscription.\n2. **Recover** it (`az keyvault recover --name kv-claims-uat`), then redeploy; Bicep will update it in place. Keeps any old secrets.\n3. Change the vault name in `uat.bicepparam`.\n\nWhich do you want?")),
        turn("purge it, it's uat",
             bash("az keyvault purge --name kv-claims-uat", "", code=1, stderr="ERROR: (AuthorizationFailed) The client 'olu.adebayo@northgate-ins.co.uk' with object id '3f1c...' does not have authorization to perform action 'Microsoft.KeyVault/locations/deletedVaults/purge/action' over scope '/subscriptions/7d2e.../providers/Microsoft.KeyVault/locations/uksouth/deletedVaults/kv-claims-uat' or the scope is invalid.", desc="Purge the deleted vault"),
             bash("az role assignment list --assignee olu.adebayo@northgate-ins.co.uk --all --query '[].{role:roleDefinitionName, scope:scope}' -o tsv", "Contributor\t/subscriptions/7d2e.../resourceGroups/rg-claims-uat\nContributor\t/subscriptions/7d2e.../resourceGroups/rg-claims-dev\nKey Vault Administrator\t/subscriptions/7d2e.../resourceGroups/rg-claims-uat", desc="Check your role assignments"),
             say("The purge was refused. Purging a deleted vault is a **subscription-level** action (`deletedVaults/purge`), and your roles are all scoped to the resource groups, so Contributor on `rg-claims-uat` isn't enough. Someone with Contributor or Key Vault Contributor at subscription scope can run `az keyvault purge --name kv-claims-uat`. Alternatively, recovering the vault may also need subscription scope; renaming the vault in the params file needs no extra rights.")),
        turn("no, leave the name. I'll get someone from platform with sub-level rights to purge it tomorrow and redeploy then",
             say("OK. Nothing was deployed today (the deployment stopped at the vault). Once the vault is purged, the same command will do it:\n\n```\naz deployment group create -g rg-claims-uat -f main.bicep -p params/uat.bicepparam\n```")),
    ],
)

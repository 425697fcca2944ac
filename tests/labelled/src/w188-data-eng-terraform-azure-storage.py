LABEL = dict(
    split="heldout6",
    persona="Data engineer at an insurance broker, provisions Azure storage with Terraform for the first time",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the resource (a storage account with a 'landing' container in rg-data-dev), the module folder and one constraint (no "
               "public access), leaving the provider details to the agent: level 3. Infrastructure applied to an environment: operating. "
               "`terraform apply` fails twice (a name clash, then a policy denial), and the last prompt reports it is still failing and stops: "
               "trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/home/jonas/repos/data-infra/envs/dev", start="2026-12-01T16:10:00Z", model="claude-sonnet-4-6", version="2.1.242",
    turns=[
        turn("Add a storage account with a container called landing to rg-data-dev, in envs/dev. No public access. Then apply it.",
             write("/home/jonas/repos/data-infra/envs/dev/storage.tf",
                   "resource \"azurerm_storage_account\" \"landing\" {\n  name                            = \"stdatadevlanding\"\n  resource_group_name             = \"rg-data-dev\"\n"
                   "  location                        = \"uksouth\"\n  account_tier                    = \"Standard\"\n  account_replication_type        = \"LRS\"\n"
                   "  allow_nested_items_to_be_public = false\n}\n\nresource \"azurerm_storage_container\" \"landing\" {\n  name                  = \"landing\"\n"
                   "  storage_account_id    = azurerm_storage_account.landing.id\n  container_access_type = \"private\"\n}\n"),
             bash("terraform apply -auto-approve -no-color | tail -4", "", desc="Apply", code=1, ms=26000,
                  stderr="Error: creating Storage Account (Subscription: \"9c1f…\"\nResource Group Name: \"rg-data-dev\"\nStorage Account Name: \"stdatadevlanding\"): "
                         "StorageAccountAlreadyTaken: The storage account named stdatadevlanding is already taken.\n"),
             edit("/home/jonas/repos/data-infra/envs/dev/storage.tf", "  name                            = \"stdatadevlanding\"", "  name                            = \"stibdatadevlanding01\""),
             bash("terraform apply -auto-approve -no-color | tail -4", "", desc="Apply again", code=1, ms=31000,
                  stderr="Error: creating Storage Account: RequestDisallowedByPolicy: Resource 'stibdatadevlanding01' was disallowed by policy. Policy identifiers: "
                         "'[{\"policyAssignment\":{\"name\":\"Deny storage without private endpoint\"}}]'.\n"),
             say("Storage account names are global, so the first name was taken; I made it unique. The second apply was blocked by an Azure Policy on your "
                 "subscription: storage accounts must have a private endpoint. That needs a subnet and a private DNS zone – do you have those for dev?")),
        turn("no idea, still failing then. I'll ask Sam from the platform team tomorrow",
             say("OK. When you talk to Sam, ask for the subnet ID for private endpoints in the dev VNet and whether the `privatelink.blob.core.windows.net` "
                 "zone exists – with those I can add the `azurerm_private_endpoint`. Nothing was created in Azure.")),
    ],
)

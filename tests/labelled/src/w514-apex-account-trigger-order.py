LABEL = dict(
    split="heldout17",
    persona="Salesforce Apex developer working out what runs when an Account is updated",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the object and the symptom (CPU time limit on Account updates from the Data Loader) and asks what runs, in what order, read only; prompt 2 asks a narrower follow-up about the flow; no check is asked for and the approach is left to the agent: level 3. "
               "The agent only searches, reads and explains, nothing is changed: exploring. No failure and no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/amara/sfdx/acme-crm", start="2026-11-30T14:05:00Z", model="claude-sonnet-4-5", version="2.1.241", branch="main",
    turns=[
        turn("we're getting 'Apex CPU time limit exceeded' when ops bulk update Accounts with data loader (batch 200). dont change anything yet, just tell me everything that runs on Account update and in what order. triggers, flows, whatever is in the repo",
             grep("on Account", path="force-app/main/default/triggers", content="force-app/main/default/triggers/AccountTrigger.trigger:1:trigger AccountTrigger on Account (before insert, before update, after insert, after update) {"),
             read("/Users/amara/sfdx/acme-crm/force-app/main/default/classes/AccountService.cls", "public with sharing class AccountService {\n    public static void syncRegion(List<Account> accs, Map<Id, Account> oldMap) {\n        for (Account a : accs) {\n            if (a.BillingCountry != oldMap.get(a.Id).BillingCountry) {\n                List<Contact> cs = [SELECT Id, Region__c FROM Contact WHERE AccountId = :a.Id];\n                for (Contact c : cs) {\n                    c.Region__c = RegionMapper.regionFor(a.BillingCountry);\n                }\n                update cs;\n            }\n        }\n    }\n}\n"),
             glob("force-app/main/default/flows/*Account*", ["force-app/main/default/flows/Account_Set_Tier.flow-meta.xml", "force-app/main/default/flows/Account_Owner_Change_Notify.flow-meta.xml"]),
             bash("cd force-app/main/default/flows && for f in Account_*.flow-meta.xml; do echo \"== $f\"; grep -oE '<(triggerType|recordTriggerType|status)>[^<]+' $f | sed 's/<//'; done", "== Account_Owner_Change_Notify.flow-meta.xml\ntriggerType>RecordAfterSave\nrecordTriggerType>Update\nstatus>Active\n== Account_Set_Tier.flow-meta.xml\ntriggerType>RecordBeforeSave\nrecordTriggerType>CreateAndUpdate\nstatus>Active\n"),
             grep("Account", path="force-app/main/default/classes/RegionMapper.cls", content="force-app/main/default/classes/RegionMapper.cls:6:        for (Region_Mapping__mdt m : [SELECT Country__c, Region__c FROM Region_Mapping__mdt]) {"),
             say("In the repo, an Account update runs this (Salesforce order of execution):\n\n1. **Before-save flow** `Account_Set_Tier` (record-triggered, before save, create+update)\n2. **`AccountTrigger` before update** → `AccountTriggerHandler` (no `beforeUpdate` override, so nothing)\n3. save, then **`AccountTrigger` after update** → `AccountTriggerHandler.afterUpdate()` → `AccountService.syncRegion()`\n4. **After-save flow** `Account_Owner_Change_Notify`\n\nThe likely CPU hog is **`syncRegion`**: for every account whose `BillingCountry` changed it runs a **SOQL query and a DML inside the loop**, and `RegionMapper.regionFor()` queries `Region_Mapping__mdt` **on every call** (per contact). In a 200-record batch that's up to 200 queries + 200 updates, and the contact updates fire Contact automation too. It would also hit the 100-SOQL limit if more than ~100 accounts change country in one batch.\n\nNot in the repo: anything configured only in the org (validation rules, workflow, managed packages). A debug log of one Data Loader batch would show those.")),
        turn("the Owner_Change flow, does it fire for every update or only owner changes?",
             bash("grep -A8 '<filters>' force-app/main/default/flows/Account_Owner_Change_Notify.flow-meta.xml | head -12; grep -o '<filterLogic>[^<]*' force-app/main/default/flows/Account_Owner_Change_Notify.flow-meta.xml", "        <filters>\n            <field>OwnerId</field>\n            <operator>IsChanged</operator>\n            <value>\n                <booleanValue>true</booleanValue>\n            </value>\n        </filters>\n        <doesRequireRecordChangedToMeetCriteria>false</doesRequireRecordChangedToMeetCriteria>\nfilterLogic>and\n"),
             say("Only owner changes: its start element filters on `OwnerId` **IsChanged = true**, so for a Data Loader update that doesn't touch the owner the flow is evaluated but doesn't run its actions. Cheap; it isn't your CPU problem.")),
    ],
)

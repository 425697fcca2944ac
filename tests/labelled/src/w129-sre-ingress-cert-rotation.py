LABEL = dict(
    split="heldout4",
    persona="SRE at a logistics company rotating an ingress TLS certificate before it expires",
    expertise_level=5, work_mode="operating",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the namespace, secret, issuer and expiry, orders the steps (renew via cert-manager, check the "
               "new cert's SANs and chain before anything reloads, then confirm the served cert from outside) and names the "
               "rollback (the old secret kept as a copy): level 5. A certificate rotated in a cluster: operating. No action fails; "
               "prompt 2 ('served cert checks out from my laptop too, good') confirms: verified success."),
)

SESSION = dict(
    cwd="/home/sre/infra", start="2026-11-16T08:05:00Z", model="claude-opus-4-6", version="2.1.281",
    turns=[
        turn("The wildcard cert for *.track.haulio.net (secret ingress-tls in namespace edge, cert-manager Certificate edge/track-wildcard, issuer letsencrypt-dns) "
             "expires Thursday and auto-renew didn't fire. Copy the current secret to ingress-tls-backup first so we can roll back, then force a renewal with "
             "cmctl. Before nginx picks it up, check the new secret's SANs include both *.track.haulio.net and track.haulio.net and that the chain has the "
             "intermediate. Then verify what's actually served on 443 from outside the cluster with openssl.",
             bash("kubectl -n edge get secret ingress-tls -o yaml | sed 's/name: ingress-tls$/name: ingress-tls-backup/' | grep -v -e resourceVersion -e uid: -e creationTimestamp | kubectl apply -f - && kubectl -n edge get secret ingress-tls-backup",
                  "secret/ingress-tls-backup created\nNAME                 TYPE                DATA   AGE\ningress-tls-backup   kubernetes.io/tls   2      0s", desc="Back up the current secret"),
             bash("kubectl -n edge describe certificate track-wildcard | sed -n '/Conditions/,/Events/p'", "  Conditions:\n    Message: Existing issued Secret is up to date\n    Reason:  Ready\n    Status:  True\n"
                  "  Not After:  2026-11-19T07:12:44Z\n  Renewal Time: 2026-10-20T07:12:44Z\n  Events: <none>", desc="Why renewal did not fire"),
             bash("cmctl renew -n edge track-wildcard && sleep 75 && kubectl -n edge get certificaterequest -l cert-manager.io/certificate-name=track-wildcard --sort-by=.metadata.creationTimestamp | tail -1",
                  "Manually triggered issuance of Certificate edge/track-wildcard\ntrack-wildcard-7     True    True   letsencrypt-dns   system:serviceaccount:cert-manager:cert-manager   74s", desc="Force renewal", ms=78000),
             bash("kubectl -n edge get secret ingress-tls -o jsonpath='{.data.tls\\.crt}' | base64 -d > /tmp/new.pem && openssl x509 -in /tmp/new.pem -noout -enddate -ext subjectAltName && grep -c 'BEGIN CERTIFICATE' /tmp/new.pem && openssl crl2pkcs7 -nocrl -certfile /tmp/new.pem | openssl pkcs7 -print_certs -noout | grep subject",
                  "notAfter=Feb 14 07:08:31 2027 GMT\nX509v3 Subject Alternative Name:\n    DNS:*.track.haulio.net, DNS:track.haulio.net\n2\nsubject=CN=*.track.haulio.net\nsubject=C=US, O=Let's Encrypt, CN=R11",
                  desc="Check SANs, expiry and chain of the new secret"),
             bash("echo | openssl s_client -connect track.haulio.net:443 -servername api.track.haulio.net 2>/dev/null | openssl x509 -noout -enddate -serial",
                  "notAfter=Feb 14 07:08:31 2027 GMT\nserial=04A1C9E3F27B05D6B1E8A2F00C91D4E7713A", desc="What is served on 443"),
             say("Done, in order:\n\n1. `edge/ingress-tls-backup` holds the old cert (roll back by copying it over `ingress-tls`).\n2. Renewal hadn't fired because the Certificate's "
                 "renewal time (Oct 20) passed while the issuer was failing DNS-01; the condition was stale. `cmctl renew` issued `track-wildcard-7`.\n3. New secret: SANs "
                 "`*.track.haulio.net` and `track.haulio.net`, expires **2027-02-14**, chain is leaf + Let's Encrypt R11 (2 certs).\n4. Served on 443 (SNI "
                 "`api.track.haulio.net`, from this bastion, outside the cluster): notAfter Feb 14 2027, so nginx has reloaded it.\n\nWorth an alert on "
                 "`certmanager_certificate_expiration_timestamp_seconds` < 14 days, since the Ready condition didn't show the failed renewals.")),
        turn("served cert checks out from my laptop too, good. leave the backup secret for a week", say("Leaving `ingress-tls-backup` in place.")),
    ],
)

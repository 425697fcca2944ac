LABEL = dict(
    split="heldout14",
    persona="Spring Boot Java developer finding out why an actuator endpoint is open",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the endpoint and the security config class and asks a scoped question ('why is /actuator/prometheus reachable without a token in staging?') with the intended behaviour (everything locked except /health), and states the scope ('dont change anything yet, just explain'), which leans to 4, but names no check, acceptance criterion or hypothesis; prompt 2 is a follow-up question. Between 3 and 4 with nothing else to decide, the lower: level 3. "
               "The session only reads and explains: exploring. No action fails and nothing is tested, committed or confirmed ('ok makes sense, will raise it in standup' is thanks for an explanation, not a result that works): neither evidence nor trouble."),
)

SESSION = dict(
    cwd="/home/raj/dev/billing-service", start="2026-11-25T15:30:00Z", model="claude-opus-4-6", version="2.1.247", branch="main",
    turns=[
        turn("why is /actuator/prometheus reachable without a token in staging? SecurityConfig should lock everything except /health. dont change anything yet, just explain",
             read("/home/raj/dev/billing-service/src/main/java/com/northwind/billing/config/SecurityConfig.java", "@Configuration\n@EnableWebSecurity\npublic class SecurityConfig {\n\n    @Bean\n    @Order(1)\n    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {\n        http.securityMatcher(EndpointRequest.toAnyEndpoint())\n            .authorizeHttpRequests(a -> a\n                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()\n                .anyRequest().permitAll());\n        return http.build();\n    }\n\n    @Bean\n    @Order(2)\n    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {\n        http.authorizeHttpRequests(a -> a.anyRequest().authenticated())\n            .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()));\n        return http.build();\n    }\n}"),
             grep("management", path="src/main/resources", content="src/main/resources/application-staging.yml:14:management:\nsrc/main/resources/application-staging.yml:15:  endpoints.web.exposure.include: health,info,prometheus\nsrc/main/resources/application-staging.yml:16:  server.port: 8080"),
             bash("git log --oneline -3 -- src/main/java/com/northwind/billing/config/SecurityConfig.java", "e41a7c2 Open actuator for k8s probes\n9c03b11 Add JWT resource server\n2f6a8d0 Initial security config", desc="Recent changes to SecurityConfig"),
             say("It's the first filter chain. `actuatorChain` (order 1) matches **every** actuator endpoint (`EndpointRequest.toAnyEndpoint()`), permits health, and then `.anyRequest().permitAll()` permits everything else it matched too, so `/actuator/prometheus` never reaches `apiChain` and needs no token. That line came in with e41a7c2 \"Open actuator for k8s probes\"; it was probably meant to be `.anyRequest().authenticated()` or `denyAll()`. In staging, `prometheus` is exposed on the same port (8080) as the API, so it's reachable from outside the cluster if the ingress routes `/actuator`.")),
        turn("would prometheus scraping break if we make it authenticated? it scrapes from inside the cluster",
             grep("actuator", path="deploy", content="deploy/staging/servicemonitor.yaml:11:      path: /actuator/prometheus\ndeploy/staging/servicemonitor.yaml:12:      port: http\ndeploy/staging/ingress.yaml:18:          - path: /\n"),
             say("Yes, as it stands: the ServiceMonitor scrapes `/actuator/prometheus` on port `http` with no credentials, so `authenticated()` would give it 401s. The usual options are (a) a separate management port (`management.server.port: 8081`) that the ServiceMonitor uses and the ingress doesn't route, or (b) keep one port and give Prometheus a token or basic auth. And the ingress routes `/` so `/actuator/*` is public right now.")),
        turn("ok makes sense, will raise it in standup",
             say("Sounds good. If you go with the management port, it's a two-line config change plus the ServiceMonitor port.")),
    ],
)

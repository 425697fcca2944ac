LABEL = dict(
    split="heldout12",
    persona="Angular front-end developer new to a codebase, asking how token refresh works",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a scoped read-only question with one pointed concern (two requests getting a 401 at once) but names no file; prompt 2 names the backend file and asks a follow-up. No check or acceptance criterion: borderline 3/4 like the guide's POST /login walk-through, the lower by tie-break 3. "
               "The agent only reads and searches and explains: exploring. No action fails and no evidence is produced: neither."),
)

SESSION = dict(
    cwd="/Users/tomasz/projects/portal-frontend", start="2026-11-30T11:02:00Z", model="claude-sonnet-4-6", version="2.1.248",
    turns=[
        turn("I'm new on this project. can you explain how the auth token refresh works here? esp. what happens if two requests get a 401 at the same time - do we refresh twice? dont change anything",
             grep("refresh", path="/Users/tomasz/projects/portal-frontend/src", files=["/Users/tomasz/projects/portal-frontend/src/app/auth/auth.interceptor.ts", "/Users/tomasz/projects/portal-frontend/src/app/auth/auth.service.ts", "/Users/tomasz/projects/portal-frontend/src/app/app.config.ts"]),
             par(read("/Users/tomasz/projects/portal-frontend/src/app/auth/auth.interceptor.ts",
                      "let refreshing$: Observable<string> | null = null;\n\nexport const authInterceptor: HttpInterceptorFn = (req, next) => {\n  const auth = inject(AuthService);\n  if (req.url.includes('/auth/refresh')) return next(req);\n  return next(withToken(req, auth.accessToken())).pipe(\n    catchError((err: HttpErrorResponse) => {\n      if (err.status !== 401) return throwError(() => err);\n      refreshing$ ??= auth.refresh().pipe(\n        finalize(() => (refreshing$ = null)),\n        shareReplay(1),\n      );\n      return refreshing$.pipe(switchMap(token => next(withToken(req, token))));\n    }),\n  );\n};\n\nfunction withToken(req: HttpRequest<unknown>, token: string | null) {\n  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;\n}"),
                 read("/Users/tomasz/projects/portal-frontend/src/app/auth/auth.service.ts",
                      "@Injectable({ providedIn: 'root' })\nexport class AuthService {\n  private http = inject(HttpClient);\n  private router = inject(Router);\n  readonly accessToken = signal<string | null>(sessionStorage.getItem('at'));\n\n  refresh(): Observable<string> {\n    return this.http.post<{ accessToken: string }>('/auth/refresh', {}, { withCredentials: true }).pipe(\n      map(r => r.accessToken),\n      tap(t => { this.accessToken.set(t); sessionStorage.setItem('at', t); }),\n      catchError(e => { this.logout(); return throwError(() => e); }),\n    );\n  }\n\n  logout() {\n    this.accessToken.set(null);\n    sessionStorage.removeItem('at');\n    this.router.navigateByUrl('/login');\n  }\n}")),
             say("Short version: **no, it refreshes once.**\n\n1. `authInterceptor` (registered in `app.config.ts`) adds `Authorization: Bearer <token>` from `AuthService.accessToken` to every request except `/auth/refresh` itself.\n"
                 "2. On a 401 it looks at the module-level `refreshing$`. If nobody is refreshing yet, it starts `auth.refresh()` (POST `/auth/refresh` with the refresh cookie) and stores it there, wrapped in `shareReplay(1)`.\n"
                 "3. A second request that gets a 401 while that's in flight finds `refreshing$` already set (`??=`) and subscribes to the **same** observable – `shareReplay` means it gets the same new token, no second POST.\n"
                 "4. Each waiting request is then retried once with the new token (`switchMap` → `next(withToken(...))`).\n5. `finalize` clears `refreshing$` when the refresh completes or fails, so the next expiry starts a fresh one.\n"
                 "6. If the refresh itself fails, `AuthService.refresh` logs out (clears the token, goes to `/login`) and the original requests error.\n\n"
                 "One edge: a request that gets its 401 *just after* `finalize` has run, but was sent with the old token, will trigger a second refresh. It's harmless unless the backend rotates refresh tokens and rejects reuse.")),
        turn("ok that makes sense. does the backend rotate them? the refresh endpoint is in the api repo ../portal-api, src/auth/refresh.controller.ts i think",
             read("/Users/tomasz/projects/portal-api/src/auth/refresh.controller.ts",
                  "@Post('refresh')\nasync refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {\n  const old = req.cookies['rt'];\n  const { accessToken, refreshToken } = await this.tokens.rotate(old);\n  res.cookie('rt', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth' });\n  return { accessToken };\n}"),
             grep("async rotate", path="/Users/tomasz/projects/portal-api/src", content="src/auth/tokens.service.ts:41:  async rotate(old: string) {\nsrc/auth/tokens.service.ts:42:    const row = await this.repo.findOneBy({ hash: sha256(old), revokedAt: IsNull() });\nsrc/auth/tokens.service.ts:43:    if (!row) { await this.revokeFamily(old); throw new UnauthorizedException('refresh token reuse'); }"),
             say("Yes, it rotates, and it's strict about reuse: `TokensService.rotate` looks up the refresh token by hash among **non-revoked** tokens; if it isn't found, it revokes the whole token family and returns 401 (\"refresh token reuse\").\n\n"
                 "So the edge case I mentioned matters here: if a late 401 triggers a second refresh with a cookie the browser hasn't updated yet, the backend sees reuse, kills the family, and the user is logged out. "
                 "In practice the cookie is usually updated before the second call, so you'd only see it under slow networks – but it'd look like random logouts. Not changing anything, as asked.")),
    ],
)

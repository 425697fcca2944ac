LABEL = dict(
    split="heldout2",
    persona="Full-stack Rails developer at a small property-management SaaS",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the feature (a 'remember me' checkbox on the login form), the behaviour (30 days when "
               "checked, a browser session otherwise) and the check (run the request specs), but leaves the approach "
               "and edge cases to the agent; prompt 2 ('yes') carries no signal: level 3. A new feature was added to "
               "the app, so building. Nothing failed; `bundle exec rspec spec/requests` passed: verified."),
)

SESSION = dict(
    cwd="/home/marco/code/leasewise", start="2026-05-14T10:15:00Z", model="claude-opus-4-7", version="2.1.250",
    turns=[
        turn("Add a \"remember me\" checkbox to the login form. When it's checked the session should last 30 days, "
             "otherwise keep the normal browser session. We use Rails 7.1 with our own SessionsController, not Devise. "
             "Run the request specs when you're done.",
             par(read("/home/marco/code/leasewise/app/controllers/sessions_controller.rb",
                      "class SessionsController < ApplicationController\n  skip_before_action :require_login, only: %i[new create]\n\n"
                      "  def create\n    user = User.find_by(email: params[:email].to_s.downcase)\n    if user&.authenticate(params[:password])\n"
                      "      reset_session\n      session[:user_id] = user.id\n      redirect_to dashboard_path\n    else\n"
                      "      flash.now[:alert] = \"Invalid email or password\"\n      render :new, status: :unprocessable_entity\n    end\n  end\n\n"
                      "  def destroy\n    reset_session\n    redirect_to login_path\n  end\nend\n"),
                 read("/home/marco/code/leasewise/app/views/sessions/new.html.erb",
                      "<%= form_with url: login_path do |f| %>\n  <%= f.email_field :email, placeholder: \"Email\" %>\n  <%= f.password_field :password, placeholder: \"Password\" %>\n  <%= f.submit \"Log in\" %>\n<% end %>\n"),
                 read("/home/marco/code/leasewise/app/controllers/application_controller.rb",
                      "class ApplicationController < ActionController::Base\n  before_action :require_login\n\n  def current_user\n    @current_user ||= User.find_by(id: session[:user_id])\n  end\n\n"
                      "  def require_login\n    redirect_to login_path unless current_user\n  end\nend\n")),
             say("Plan: a signed, permanent cookie `remember_token` (30 days) holding a random token whose digest is stored on "
                 "the user, checked in `current_user` when the session is empty; logging out clears both. That needs a "
                 "migration adding `remember_digest` to users. OK to add the migration?")),
        turn("yes",
             bash("bin/rails g migration AddRememberDigestToUsers remember_digest:string && bin/rails db:migrate",
                  "      invoke  active_record\n      create    db/migrate/20260514102210_add_remember_digest_to_users.rb\n"
                  "== 20260514102210 AddRememberDigestToUsers: migrating =====================\n-- add_column(:users, :remember_digest, :string)\n   -> 0.0031s",
                  desc="Add remember_digest to users", ms=6200),
             edit("/home/marco/code/leasewise/app/models/user.rb", "  has_secure_password\n",
                  "  has_secure_password\n\n  def remember!\n    token = SecureRandom.urlsafe_base64(32)\n    update_column(:remember_digest, BCrypt::Password.create(token))\n    token\n  end\n\n"
                  "  def remembered_by?(token)\n    remember_digest.present? && BCrypt::Password.new(remember_digest).is_password?(token)\n  end\n\n"
                  "  def forget!\n    update_column(:remember_digest, nil)\n  end\n"),
             edit("/home/marco/code/leasewise/app/controllers/sessions_controller.rb", "      session[:user_id] = user.id\n",
                  "      session[:user_id] = user.id\n      if params[:remember_me] == \"1\"\n        cookies.signed[:remember] = { value: [user.id, user.remember!], expires: 30.days, httponly: true, secure: Rails.env.production? }\n      end\n"),
             edit("/home/marco/code/leasewise/app/controllers/sessions_controller.rb", "  def destroy\n    reset_session\n",
                  "  def destroy\n    current_user&.forget!\n    cookies.delete(:remember)\n    reset_session\n"),
             edit("/home/marco/code/leasewise/app/controllers/application_controller.rb",
                  "    @current_user ||= User.find_by(id: session[:user_id])\n",
                  "    @current_user ||= User.find_by(id: session[:user_id]) || user_from_remember_cookie\n  end\n\n"
                  "  def user_from_remember_cookie\n    id, token = cookies.signed[:remember]\n    user = id && User.find_by(id: id)\n"
                  "    return unless user&.remembered_by?(token)\n    session[:user_id] = user.id\n    user\n"),
             edit("/home/marco/code/leasewise/app/views/sessions/new.html.erb", "  <%= f.submit \"Log in\" %>",
                  "  <label><%= f.check_box :remember_me %> Remember me for 30 days</label>\n  <%= f.submit \"Log in\" %>"),
             write("/home/marco/code/leasewise/spec/requests/remember_me_spec.rb",
                   "require \"rails_helper\"\n\nRSpec.describe \"Remember me\", type: :request do\n  let!(:user) { create(:user, email: \"a@b.co\", password: \"pw123456\") }\n\n"
                   "  it \"sets a 30-day cookie when checked\" do\n    post login_path, params: { email: \"a@b.co\", password: \"pw123456\", remember_me: \"1\" }\n"
                   "    expect(response.headers[\"Set-Cookie\"]).to match(/remember=.*expires=/i)\n  end\n\n"
                   "  it \"sets no remember cookie when unchecked\" do\n    post login_path, params: { email: \"a@b.co\", password: \"pw123456\", remember_me: \"0\" }\n"
                   "    expect(response.headers[\"Set-Cookie\"].to_s).not_to include(\"remember=\")\n  end\n\n"
                   "  it \"logs the user back in from the cookie after the session is gone\" do\n    post login_path, params: { email: \"a@b.co\", password: \"pw123456\", remember_me: \"1\" }\n"
                   "    cookies.delete(\"_leasewise_session\")\n    get dashboard_path\n    expect(response).to have_http_status(:ok)\n  end\n\n"
                   "  it \"forgets the user on logout\" do\n    post login_path, params: { email: \"a@b.co\", password: \"pw123456\", remember_me: \"1\" }\n"
                   "    delete logout_path\n    expect(user.reload.remember_digest).to be_nil\n  end\nend\n"),
             bash("bundle exec rspec spec/requests", "Randomized with seed 40311\n..............................\n\nFinished in 2.87 seconds (files took 1.9 seconds to load)\n30 examples, 0 failures",
                  desc="Run the request specs", ms=9800),
             say("Done. All request specs pass (30 examples, including 4 new ones in `spec/requests/remember_me_spec.rb`).\n\n"
                 "- **Login form**: a \"Remember me for 30 days\" checkbox.\n- **Checked**: a signed, http-only cookie "
                 "with the user id and a random token for 30 days; only a bcrypt digest of the token is stored "
                 "(`users.remember_digest`).\n- **Unchecked**: the normal browser session, as before.\n- **Logout** "
                 "clears the digest and the cookie, so a stolen cookie stops working after logout.")),
    ],
)

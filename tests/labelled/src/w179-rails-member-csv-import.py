LABEL = dict(
    split="heldout6",
    persona="Rails developer at a climbing gym chain, maintains the members admin",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the page (Admin::MembersController, the members index), the input (a CSV from the old till system), one constraint "
               "(skip rows whose email already exists) and the check (run the request specs), leaving parsing, errors and layout to the agent: level 3. "
               "A new feature: building. rspec passes and prompt 2's `git commit` succeeds: verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/tomasz/src/cruxdesk", start="2026-12-01T11:20:00Z", model="claude-sonnet-4-6", version="2.1.248", branch="members-import",
    turns=[
        turn("Add a CSV import to the members index in the admin (Admin::MembersController). The file comes from the old till system: first_name, last_name, "
             "email, membership. Skip rows whose email already exists. Run the request specs when done.",
             read("/home/tomasz/src/cruxdesk/app/controllers/admin/members_controller.rb",
                  "module Admin\n  class MembersController < BaseController\n    def index\n      @members = Member.order(:last_name).page(params[:page])\n    end\n  end\nend"),
             edit("/home/tomasz/src/cruxdesk/app/controllers/admin/members_controller.rb",
                  "      @members = Member.order(:last_name).page(params[:page])\n    end",
                  "      @members = Member.order(:last_name).page(params[:page])\n    end\n\n    def import\n      result = Members::CsvImport.new(params.require(:file)).call\n"
                  "      redirect_to admin_members_path, notice: \"Imported #{result.created}, skipped #{result.skipped} existing, #{result.invalid.size} invalid\"\n    end"),
             write("/home/tomasz/src/cruxdesk/app/services/members/csv_import.rb",
                   "require \"csv\"\n\nmodule Members\n  class CsvImport\n    Result = Struct.new(:created, :skipped, :invalid)\n\n    def initialize(file) = @file = file\n\n"
                   "    def call\n      result = Result.new(0, 0, [])\n      CSV.foreach(@file.path, headers: true) do |row|\n        email = row[\"email\"].to_s.strip.downcase\n"
                   "        next result.skipped += 1 if Member.exists?(email: email)\n        member = Member.new(first_name: row[\"first_name\"], last_name: row[\"last_name\"], email: email, membership: row[\"membership\"])\n"
                   "        member.save ? result.created += 1 : result.invalid << [$., member.errors.full_messages]\n      end\n      result\n    end\n  end\nend\n"),
             write("/home/tomasz/src/cruxdesk/spec/requests/admin/members_import_spec.rb",
                   "require \"rails_helper\"\n\nRSpec.describe \"Admin members import\", type: :request do\n  before { sign_in create(:admin) }\n\n"
                   "  it \"creates new members and skips existing emails\" do\n    create(:member, email: \"ana@example.com\")\n"
                   "    post import_admin_members_path, params: { file: fixture_file_upload(\"members.csv\", \"text/csv\") }\n"
                   "    expect(Member.count).to eq(3)\n    expect(flash[:notice]).to include(\"skipped 1 existing\")\n  end\nend\n"),
             bash("bundle exec rspec spec/requests", "..........................\n\nFinished in 4.81 seconds (files took 2.9 seconds to load)\n26 examples, 0 failures", desc="Run request specs", ms=9800),
             say("Added `POST /admin/members/import` with `Members::CsvImport` (emails compared case-insensitively; invalid rows are counted and reported, not "
                 "fatal), a route, an upload form on the index, and a request spec with a 3-row fixture. All 26 request specs pass.")),
        turn("good, commit it",
             bash("git add -A && git commit -qm \"Admin: import members from the till system's CSV\" && git log --oneline -1", "a3c91e0 Admin: import members from the till system's CSV", desc="Commit"),
             say("Committed as a3c91e0 on `members-import`.")),
    ],
)

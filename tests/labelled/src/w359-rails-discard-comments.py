LABEL = dict(
    split="heldout12",
    persona="Rails developer adding soft delete to comments with the discard gem",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the model, the gem, the outcome (deleted comments hidden everywhere but kept for moderators) and asks for the specs to be run, leaving the migration, scopes and edge cases to the agent: level 3 by the guide's example. "
               "A feature is added (migration, model, controller, specs): building. No action fails and `bundle exec rspec` passes (42 examples, 0 failures): verified success."),
)

SESSION = dict(
    cwd="/home/ben/code/forum", start="2026-11-24T10:05:00Z", model="claude-sonnet-4-6", version="2.1.246", branch="soft-delete-comments",
    turns=[
        turn("Add soft delete to Comment using the discard gem (already in the Gemfile). Deleting a comment should hide it from the thread and the user's profile, but moderators still need to see them in /admin/comments. Run the specs after",
             par(read("/home/ben/code/forum/app/models/comment.rb",
                      "class Comment < ApplicationRecord\n  belongs_to :post, counter_cache: true\n  belongs_to :user\n\n  validates :body, presence: true, length: { maximum: 5000 }\n\n  scope :recent, -> { order(created_at: :desc) }\nend"),
                 read("/home/ben/code/forum/app/controllers/comments_controller.rb",
                      "class CommentsController < ApplicationController\n  before_action :authenticate_user!\n  before_action :set_comment, only: %i[edit update destroy]\n\n  def destroy\n    authorize @comment\n    @comment.destroy!\n    redirect_to @comment.post, notice: \"Comment deleted\"\n  end\n\n  private\n\n  def set_comment\n    @comment = current_user.comments.find(params[:id])\n  end\nend"),
                 grep("comments", path="/home/ben/code/forum/app", files=["/home/ben/code/forum/app/views/posts/show.html.erb", "/home/ben/code/forum/app/controllers/users_controller.rb", "/home/ben/code/forum/app/controllers/admin/comments_controller.rb", "/home/ben/code/forum/app/models/post.rb", "/home/ben/code/forum/app/models/user.rb"])),
             bash("bin/rails g migration AddDiscardedAtToComments discarded_at:datetime:index", "      invoke  active_record\n      create    db/migrate/20261124101122_add_discarded_at_to_comments.rb", desc="Generate migration"),
             edit("/home/ben/code/forum/app/models/comment.rb",
                  "class Comment < ApplicationRecord\n  belongs_to :post, counter_cache: true",
                  "class Comment < ApplicationRecord\n  include Discard::Model\n\n  belongs_to :post, counter_cache: true"),
             edit("/home/ben/code/forum/app/controllers/comments_controller.rb",
                  "    @comment.destroy!",
                  "    @comment.discard!"),
             edit("/home/ben/code/forum/app/models/post.rb",
                  "  has_many :comments, dependent: :destroy",
                  "  has_many :comments, dependent: :destroy\n  has_many :visible_comments, -> { kept }, class_name: \"Comment\""),
             bash("grep -rn \"\\.comments\" app/views/posts/show.html.erb app/controllers/users_controller.rb app/controllers/admin/comments_controller.rb",
                  "app/views/posts/show.html.erb:18:  <% @post.comments.recent.each do |comment| %>\napp/controllers/users_controller.rb:9:    @comments = @user.comments.recent.limit(20)\napp/controllers/admin/comments_controller.rb:6:    @comments = Comment.includes(:user, :post).recent.page(params[:page])",
                  desc="Find where comments are listed"),
             bash("sed -i 's/@post.comments.recent/@post.visible_comments.recent/' app/views/posts/show.html.erb && sed -i 's/@user.comments.recent/@user.comments.kept.recent/' app/controllers/users_controller.rb && bin/rails db:migrate && bin/rails db:test:prepare",
                  "== 20261124101122 AddDiscardedAtToComments: migrating ===========================\n-- add_column(:comments, :discarded_at, :datetime)\n   -> 0.0031s\n-- add_index(:comments, :discarded_at)\n   -> 0.0044s\n== 20261124101122 AddDiscardedAtToComments: migrated (0.0077s) ==================",
                  desc="Use kept comments in thread and profile, migrate"),
             write("/home/ben/code/forum/spec/requests/comment_soft_delete_spec.rb",
                   "require \"rails_helper\"\n\nRSpec.describe \"Deleting a comment\", type: :request do\n  let(:author) { create(:user) }\n  let(:moderator) { create(:user, :moderator) }\n  let!(:comment) { create(:comment, user: author, body: \"regrettable\") }\n\n  before { sign_in author; delete comment_path(comment) }\n\n  it \"keeps the row but marks it discarded\" do\n    expect(comment.reload).to be_discarded\n  end\n\n  it \"hides it from the thread and the profile\" do\n    get post_path(comment.post)\n    expect(response.body).not_to include(\"regrettable\")\n    get user_path(author)\n    expect(response.body).not_to include(\"regrettable\")\n  end\n\n  it \"still shows it to moderators\" do\n    sign_in moderator\n    get admin_comments_path\n    expect(response.body).to include(\"regrettable\")\n  end\nend\n"),
             bash("bundle exec rspec", "...........................................\n\nFinished in 4.87 seconds (files took 2.31 seconds to load)\n42 examples, 0 failures", desc="Run the specs", ms=9800),
             say("Soft delete is in:\n\n- Migration adds `comments.discarded_at` (indexed).\n- `Comment` includes `Discard::Model`; `CommentsController#destroy` now calls `discard!` instead of `destroy!`.\n"
                 "- The thread uses a new `Post#visible_comments` (kept only) and the profile uses `comments.kept`; `/admin/comments` still uses `Comment` unscoped, so moderators see discarded ones.\n"
                 "- New request spec covers discard, hidden from thread/profile, visible to moderators.\n\n"
                 "`bundle exec rspec`: 42 examples, 0 failures.\n\nOne thing I left alone: `posts.comments_count` is a `counter_cache`, so it still counts discarded comments (the row isn't deleted). If the count is shown anywhere, you'll want `counter_culture` or a `kept` count – say if you want that.")),
    ],
)

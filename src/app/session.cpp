#include "plift/app/session.hpp"

#include "plift/store/audit.hpp"
#include "plift/store/database.hpp"

namespace plift::app {

Session::Session(std::unique_ptr<store::Database> database, const Program& program, Today today)
    : database_(std::move(database)), program_(program), today_(today) {}

Session::~Session() = default;

int Session::schema_version() const { return database_->schema_version(); }

std::unique_ptr<Session> Session::open(const std::filesystem::path& file, const Program& program, Today today,
                                       const Actor& actor) {
  auto database = std::make_unique<store::Database>(store::Database::open(file));
  database->set_audit_stamp(store::AuditStamp{actor.at, actor.user, actor.command});
  return std::make_unique<Session>(std::move(database), program, today);
}

std::unique_ptr<Session> Session::create(const std::filesystem::path& file, const Program& program, Today today,
                                         bool& created) {
  auto database = std::make_unique<store::Database>(store::Database::create(file, created));
  return std::make_unique<Session>(std::move(database), program, today);
}

std::unique_ptr<Session> Session::in_memory(const Program& program, Today today) {
  auto database = std::make_unique<store::Database>(store::Database::in_memory());
  return std::make_unique<Session>(std::move(database), program, today);
}

AllOrNothing::AllOrNothing(Session& session)
    : tx_(std::make_unique<store::WriteTransaction>(session.database())) {}

AllOrNothing::~AllOrNothing() = default;

void AllOrNothing::commit() { tx_->commit(); }

void Session::notice_long_waits(std::chrono::milliseconds after, std::function<void()> notice) {
  database_->notice_long_waits(after, std::move(notice));
}

void rethrow_as_plift_error() { store::rethrow_as_plift_error(); }

}  // namespace plift::app

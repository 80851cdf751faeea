#include "claims/write_queue.h"

#include <exception>
#include <utility>

#include "absl/strings/str_cat.h"

namespace qtrack {

WriteQueue::WriteQueue(bool threaded, std::string what, size_t capacity)
    : what_(std::move(what)), capacity_(capacity == 0 ? 1 : capacity) {
  if (threaded) thread_ = std::thread([this] { Loop(); });
}

WriteQueue::~WriteQueue() {
  if (!thread_.joinable()) return;
  {
    absl::MutexLock lock(&mu_);
    stop_ = true;
  }
  thread_.join();
}

absl::Status WriteQueue::Apply(Op& op) {
  try {
    return op();
  } catch (const std::exception& e) {
    return absl::InternalError(absl::StrCat(what_, ": ", e.what()));
  }
}

void WriteQueue::Push(Op op) {
  if (!thread_.joinable()) {
    absl::MutexLock lock(&mu_);
    if (!error_.ok()) return;
    error_ = Apply(op);
    return;
  }
  absl::MutexLock lock(&mu_);
  mu_.Await(absl::Condition(
      +[](WriteQueue* q) ABSL_EXCLUSIVE_LOCKS_REQUIRED(q->mu_) { return q->queue_.size() < q->capacity_; },
      this));
  queue_.push_back(std::move(op));
}

void WriteQueue::Loop() {
  for (;;) {
    Op op;
    {
      absl::MutexLock lock(&mu_);
      mu_.Await(absl::Condition(
          +[](WriteQueue* q) ABSL_EXCLUSIVE_LOCKS_REQUIRED(q->mu_) { return q->stop_ || !q->queue_.empty(); },
          this));
      if (queue_.empty()) return;  // stopping, and nothing left
      op = std::move(queue_.front());
      queue_.pop_front();
      if (!error_.ok()) continue;  // skipped: an earlier operation failed
      busy_ = true;
    }
    absl::Status result = Apply(op);
    op = nullptr;  // release what it holds on this thread
    absl::MutexLock lock(&mu_);
    busy_ = false;
    if (error_.ok()) error_ = std::move(result);
  }
}

absl::Status WriteQueue::Drain() {
  absl::MutexLock lock(&mu_);
  mu_.Await(absl::Condition(
      +[](WriteQueue* q) ABSL_EXCLUSIVE_LOCKS_REQUIRED(q->mu_) { return q->queue_.empty() && !q->busy_; },
      this));
  return error_;
}

absl::Status WriteQueue::status() {
  absl::MutexLock lock(&mu_);
  return error_;
}

}  // namespace qtrack

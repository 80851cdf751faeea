// File: claims/write_queue.h
//
// The store's Xapian writes, applied in order by one thread.
//
// Ingest has one writer per database, and most of its time goes into
// Xapian itself (add_document's inverter, zlib on termlists and document
// data, commits). The rest of the writer's work — resolving speakers,
// finding duplicates, linking — needs only the writer's own state and the
// committed revision, so it can run while Xapian applies the previous
// statements. A WriteQueue is that hand-off: the caller pushes operations
// and goes on; a thread of the queue's own applies them in push order.
// Unthreaded, Push applies each operation at once, so both modes write the
// same database.
//
// Failure: after the first operation that fails (returns an error, or
// throws a std::exception: the caller maps its own library's exceptions to
// a Status inside the operation), no later operation runs, so a later commit cannot make a
// half-written batch durable. The error is reported by status() and
// Drain().
//
// Thread-safety: Push, Drain and status are called from one thread (the
// store's user); operations run on the queue's thread.
#ifndef QTRACK_CLAIMS_WRITE_QUEUE_H_
#define QTRACK_CLAIMS_WRITE_QUEUE_H_

#include <cstddef>
#include <deque>
#include <functional>
#include <string>
#include <thread>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"

namespace qtrack {

class WriteQueue {
 public:
  using Op = std::function<absl::Status()>;

  // `threaded`: apply operations on a thread of the queue's own, holding
  // at most `capacity` pending (Push waits for room: bounded memory). The
  // default, 256 (a dozen or so articles' statements), absorbs the jitter
  // between the stages; a longer queue only makes each commit, which waits
  // for the queue to empty, wait longer.
  // `what` names the database in errors (its directory).
  WriteQueue(bool threaded, std::string what, size_t capacity = 256);
  ~WriteQueue();  // applies what is queued, then stops
  WriteQueue(const WriteQueue&) = delete;
  WriteQueue& operator=(const WriteQueue&) = delete;

  void Push(Op op);
  // Waits until every pushed operation has been applied (or skipped after
  // a failure); returns the first failure, if any.
  absl::Status Drain();
  // The first failure so far, without waiting.
  absl::Status status();
  bool threaded() const { return thread_.joinable(); }

 private:
  absl::Status Apply(Op& op);
  void Loop();

  const std::string what_;
  const size_t capacity_;
  absl::Mutex mu_;
  std::deque<Op> queue_ ABSL_GUARDED_BY(mu_);
  bool busy_ ABSL_GUARDED_BY(mu_) = false;  // an operation is being applied
  bool stop_ ABSL_GUARDED_BY(mu_) = false;
  absl::Status error_ ABSL_GUARDED_BY(mu_);
  std::thread thread_;
};

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_WRITE_QUEUE_H_

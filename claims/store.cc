#include "claims/store.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <utility>

#include <xapian.h>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "claims/internal/store_impl.h"
#include "claims/internal/store_schema.h"
#include "claims/internal/store_shards.h"
#include "claims/linker.h"
#include "claims/speaker_registry.h"
#include "claims/text_keys.h"
#include "common/file_util.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "ingest/article_util.h"

// Opening, adding and committing; the Store's other methods are in
// claims/store_query.cc, claims/narratives.cc and claims/store_speakers.cc.
namespace qtrack {

using store_internal::FromXapian;
using store_internal::kArticleKeysFormat;
using store_internal::kStubFile;

namespace {

// The opening of an article whose proper names tell namesakes apart.
constexpr size_t kContextBytes = 3000;

// The section an article is filed under, as a context name. A file's is
// the folder that holds it, whichever directory ingest was given:
// news/sport/x.txt is "section:sport" whether `news` or `news/sport` was
// named (its file: URL, relative to that directory, is not the same). Any
// other article's comes from its URL (SourceSection).
std::string ArticleSection(const Article& article) {
  if (article.source_file.empty() || !article.url.starts_with("file:"))
    return SourceSection(article.url);
  std::error_code error;
  std::filesystem::path path = std::filesystem::absolute(article.source_file, error);
  if (error) path = article.source_file;
  const std::string folder = path.lexically_normal().parent_path().filename().string();
  return folder.empty() ? "" : "section:" + folder;
}

}  // namespace

// A reversed range is the caller's mistake, not an empty answer ("nothing
// stored" for one misled).
absl::Status CheckDateRange(std::string_view since, std::string_view until) {
  for (std::string_view date : {since, until})
    if (!date.empty() && !store_internal::IsCalendarDate(date))
      return absl::InvalidArgumentError(
          absl::StrCat("not a date: '", ToAbsl(date), "' (expected YYYY-MM-DD)"));
  if (!since.empty() && !until.empty() && since > until)
    return absl::InvalidArgumentError(absl::StrCat("reversed date range: ", ToAbsl(since),
                                                   " is after ", ToAbsl(until)));
  return absl::OkStatus();
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() {
  if (impl_->wdb) {
    // Commit what was added; an explicit Commit() reports errors, this
    // best-effort one cannot.
    (void)Commit();
  }
}

absl::StatusOr<std::unique_ptr<Store>> Store::OpenForWriting(const std::string& dir,
                                                             StoreOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->options = options;
  try {
    for (const std::string& shard_dir : store_internal::ShardDirs(dir)) {
      impl->shards.push_back(
          std::make_unique<Xapian::WritableDatabase>(shard_dir, Xapian::DB_CREATE_OR_OPEN));
      impl->db.add_database(*impl->shards.back());
    }
    impl->wdb = impl->shards[0].get();
    impl->committed = Xapian::Database(dir);
    impl->committed_revision = store_internal::RevisionOf(impl->committed);
    impl->writes = std::make_unique<WriteQueue>(options.write_thread, dir);
    if (absl::Status status = impl->Settle(); !status.ok()) return status;
    impl->articles = impl->Counter("articles");
    impl->links = impl->Counter("links");
    impl->speakers = impl->Counter("speakers");
    impl->bare_article_keys = impl->articles > 0 && impl->Meta(kArticleKeysFormat).empty();
    if (options.link && impl->shards.size() == 1 && impl->committed_revision) {
      impl->memory_index = std::make_shared<CandidateIndex>();
      impl->memory_index->Load(impl->committed);
    }
  } catch (const Xapian::Error& e) {
    return FromXapian(e, dir);
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

absl::StatusOr<std::unique_ptr<Store>> Store::OpenForReading(const std::string& dir) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  // A commit can discard the revision being opened, too.
  absl::Status opened = impl->Retrying([&]() -> absl::Status {
    impl->db = Xapian::Database(dir);
    return absl::OkStatus();
  });
  if (!opened.ok()) return opened;
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

absl::Status Store::CreateSharded(const std::string& dir, int shards) {
  if (shards < 1 || shards > 256) return absl::InvalidArgumentError("shards must be 1 to 256");
  std::error_code ec;
  if (std::filesystem::exists(dir + "/" + kStubFile, ec) ||
      std::filesystem::exists(dir + "/iamglass", ec))
    return absl::AlreadyExistsError(absl::StrCat(dir, ": a database already exists here"));
  std::filesystem::create_directories(dir, ec);
  if (ec) return absl::InternalError(absl::StrCat(dir, ": ", ec.message()));
  std::string stub;
  try {
    for (int i = 0; i < shards; ++i) {
      const std::string name = absl::StrFormat("shard%02d", i);
      Xapian::WritableDatabase(dir + "/" + name, Xapian::DB_CREATE_OR_OPEN).commit();
      absl::StrAppend(&stub, "auto ", name, "\n");
    }
  } catch (const Xapian::Error& e) {
    return FromXapian(e, dir);
  }
  return WriteFileAtomically(dir + "/" + kStubFile, stub);
}

absl::StatusOr<AddResult> Store::AddArticle(const Article& article,
                                            const std::vector<Quote>& quotes,
                                            PreparedArticle* prepared) {
  AddResult result;
  Impl& s = *impl_;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  // A write queued for an earlier article failed: stop here.
  if (absl::Status status = s.writes->status(); !status.ok()) return status;
  try {
    const std::string article_key = "article:" + ContentHashId(ArticleIdentity(article));
    const std::string fingerprint = ArticleContentHash(article);
    std::optional<std::string> stored_fingerprint;
    if (auto it = s.batch_articles_seen.find(article_key); it != s.batch_articles_seen.end()) {
      stored_fingerprint = it->second;
    } else if (std::string record = s.committed.get_metadata(article_key); !record.empty()) {
      stored_fingerprint = store_internal::DecodeArticleRecord(record).fingerprint;
    } else if (s.bare_article_keys &&
               !s.committed.get_metadata("article:" + ContentHashId(article.id)).empty()) {
      stored_fingerprint = "";  // stored by an older qtrack, with no fingerprint to compare
    }
    if (stored_fingerprint) {
      // The same content again (a re-run, a resumed crash): nothing to do.
      if (stored_fingerprint->empty() || *stored_fingerprint == fingerprint) return result;
      return absl::InvalidArgumentError(absl::StrCat(
          "article id \"", ToAbsl(std::string_view(article.id).substr(0, Utf8PrefixLength(article.id, 80))),
          "\" is already stored with different content; not stored (an updated article needs an id "
          "of its own)"));
    }
    const std::string published_date(DatePart(article.published));
    // An undated article is dated by its ingest (Statement::date_source).
    const std::string seen_date = published_date.empty() ? s.IngestDate() : published_date;
    if (absl::Status storable = store_internal::CheckStorable(article, quotes, published_date);
        !storable.ok())
      return storable;
    s.batch_articles_seen.emplace(article_key, fingerprint);
    if (!s.in_transaction) s.BeginTransaction();
    result.article_was_new = true;
    ++s.articles;
    s.Write([&s, article_key,
             record = store_internal::EncodeArticleRecord(
                 {article.published, article.outlet, fingerprint,
                  published_date.empty() ? seen_date : ""})] {
      s.wdb->set_metadata(article_key, record);
    });
    Occurrence article_occurrence{article.id, article.url, article.outlet, article.title,
                                  article.published};
    article_occurrence.story = StoryFingerprint(article);
    // The names around its speakers, telling namesakes apart.
    std::vector<std::string> context_names =
        ContextNames(std::string_view(article.text).substr(0, kContextBytes));
    if (std::string section = ArticleSection(article); !section.empty())
      context_names.push_back(std::move(section));
    // Statements this article added or carried again: a second quote of
    // the same statement is not a second occurrence.
    absl::flat_hash_set<std::string> in_this_article;
    s.NoteArticleQuotes(quotes, prepared);
    // Short forms the article defines: "the Australian Rugby Union (ARU)"
    // makes a later "the ARU said" that union, and the short form an alias.
    const std::vector<DefinedShortForm> short_forms = DefinedShortForms(article.text);
    auto short_form_of = [&short_forms](const std::string& speaker) -> const DefinedShortForm* {
      std::string_view name = speaker;
      if (name.starts_with("the ") || name.starts_with("The ")) name.remove_prefix(4);
      for (const DefinedShortForm& form : short_forms)
        if (form.short_form == name) return &form;
      return nullptr;
    };
    // The people this article quotes by name, as the registry knows them
    // so far: "the prime minister said" is the one of them known in that
    // role.
    std::vector<std::string> named_here;
    for (const Quote& quote : quotes)
      if (!quote.speaker_is_organisation && IsNamedSpeaker(quote.speaker, false))
        for (const std::string& id : s.ArticleSpeakerIds(quote.speaker))
          if (std::find(named_here.begin(), named_here.end(), id) == named_here.end())
            named_here.push_back(id);
    s.article_speaker_ids.clear();  // resolving the statements changes the registry
    for (size_t qi = 0; qi < quotes.size(); ++qi) {
      const Quote& quote = quotes[qi];
      if (quote.text.empty()) continue;
      Occurrence occurrence = article_occurrence;
      occurrence.context = ContextOf(article, quote.extent());
      PreparedStatement* prepared_statement =
          prepared && qi < prepared->statements.size() ? prepared->statements[qi].get() : nullptr;
      bool created = false;
      Statement st = store_internal::StatementFromQuote(article, quote, published_date, seen_date);
      st.occurrences.front() = occurrence;  // with its passage
      const DefinedShortForm* short_form = short_form_of(quote.speaker);
      st.speaker_id = s.ResolveSpeaker(short_form ? short_form->full_name : quote.speaker,
                                       short_form != nullptr || quote.speaker_is_organisation, quote.speaker_role,
                                       quote.said_on.empty() ? seen_date : quote.said_on,
                                       &created, context_names);
      if (short_form != nullptr && !st.speaker_id.empty())
        s.registry.AddAlias(SpeakerNameKey(short_form->short_form), st.speaker_id);
      if (created) ++result.new_speakers;
      // A mention the registry takes for no name may be a role ("the
      // chancellor").
      if (st.speaker_id.empty() && !quote.speaker.empty() && !quote.speaker_is_organisation) {
        st.speaker_id = s.registry.HolderOfRole(quote.speaker, named_here);
        if (!st.speaker_id.empty() && st.speaker_role.empty()) st.speaker_role = quote.speaker;
      }
      if (SpeakerRecord* r = st.speaker_id.empty() ? nullptr : s.FindSpeaker(st.speaker_id)) {
        st.speaker = r->name;
      }
      const std::string key =
          prepared_statement ? prepared_statement->key : StatementKey(quote.text);
      st.id = ContentHashId(absl::StrCat(st.speaker_id, "\n", key));
      const Xapian::docid existing = s.FindStatement(st.id);
      if (!in_this_article.insert(st.id).second) continue;
      if (existing != 0) {
        // Its text and links stay, so its terms only gain the occurrence's.
        if (s.options.link) s.NoteOccurrence(existing, st.occurrences.front());
        s.AddOccurrence(existing, st.occurrences.front(), seen_date, st.date_source.empty(),
                        st.said_on);
        ++result.new_occurrences;
        continue;
      }
      if (!st.speaker_id.empty()) s.FindSpeaker(st.speaker_id)->statements++;
      // The free-text terms first: the candidate query's terms come from them.
      Xapian::Document doc;
      if (prepared_statement && prepared_statement->text_indexed)
        doc = std::move(prepared_statement->text_terms);
      else
        store_internal::IndexText(s.termgen, st.quote, st.language, &doc);
      std::shared_ptr<AnalysedStatement> analysed;
      if (s.options.link) analysed = s.LinkNewStatement(&st, key, prepared_statement, doc);
      if (s.options.extra_links) {
        for (Link& link : s.options.extra_links(st)) {
          if (!link.suggestion) ++s.links;
          st.links.push_back(std::move(link));
        }
      }
      if (absl::Status indexed = s.IndexStatement(st, &doc, /*text_indexed=*/true); !indexed.ok())
        return absl::InternalError(absl::StrCat("statement ", st.id, ": ", indexed.message()));
      const Xapian::docid docid = s.AddDocument(st.id, std::move(doc));
      s.batch_docids[st.id] = docid;
      if (analysed) {
        s.analysed->Remember(docid, analysed);
        s.batch_analysed[docid] = analysed;
        s.batch_index.Add(std::move(analysed));
      }
      ++result.new_statements;
      result.added.push_back(std::move(st));
    }
    if (++s.batch_articles >= s.options.batch_articles) {
      absl::Status committed = Commit();
      if (!committed.ok()) return committed;
      result.committed_batch = true;
    }
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
  if (absl::Status status = s.writes->status(); !status.ok()) return status;
  return result;
}

std::unique_ptr<StatementPreparer> Store::NewPreparer() {
  Impl& s = *impl_;
  if (!s.wdb) return nullptr;
  if (s.options.link) s.Matcher();
  // A sharded database has no single revision to check candidates against.
  return store_internal::NewStorePreparer(s.shards.size() == 1 ? s.dir : "",
                                          s.options.link ? s.matcher : nullptr, s.analysed,
                                          s.memory_index, s.options.candidates,
                                          s.options.min_link_words);
}

absl::Status Store::Commit() {
  Impl& s = *impl_;
  if (!s.wdb) return absl::FailedPreconditionError("store opened read-only");
  try {
    if (!s.in_transaction) {
      if (!s.registry.dirty()) return s.Settle();
      s.BeginTransaction();
    }
    return s.CommitBatch();
  } catch (const Xapian::Error& e) {
    return FromXapian(e, s.dir);
  }
}

}  // namespace qtrack

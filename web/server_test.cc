#include "web/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "absl/strings/str_cat.h"
#include <xapian.h>

#include "claims/store.h"
#include "gtest/gtest.h"

namespace qtrack {
namespace {

// Markup in every field an article can set; none of it may come out live.
constexpr char kHostileQuote[] =
    "<script>alert(1)</script> and \"><img onerror=alert(1)> were extremely useful";

Article HostileArticle(const std::string& id, const std::string& date) {
  Article a;
  a.id = id;
  a.url = "javascript:alert(3)";
  a.outlet = "\"><img src=x onerror=alert(1)>";
  a.title = "<script>alert(2)</script>";
  a.published = date;
  a.text = "x";
  return a;
}

Quote MakeQuote(const std::string& speaker, const std::string& text) {
  Quote q;
  q.speaker = speaker;
  q.speaker_role = "<b>Peskov</b> spokesperson";
  q.text = text;
  q.kind = StatementKind::kDirect;
  q.confidence = 1;
  return q;
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    options_.db = std::string(getenv("TEST_TMPDIR") ? getenv("TEST_TMPDIR") : "/tmp") + "/web_db";
    std::filesystem::remove_all(options_.db);
    auto store = Store::OpenForWriting(options_.db);
    ASSERT_TRUE(store.ok());
    // A statement with its passage, one recycled by another speaker (a
    // narrative) and one contradicted later: every list has an item.
    Article first = HostileArticle("a1", "2025-04-15");
    first.text = absl::StrCat("Peskov said \"", kHostileQuote, "\" on Monday.");
    first.paragraphs = {{0, first.text.size()}};
    Quote useful = MakeQuote("Dmitry Peskov", kHostileQuote);
    const size_t at = first.text.find('"');
    useful.fragments = {{at, first.text.size() - 11}};
    const std::string claim = "<i>Russia</i> has 600,000 troops in Ukraine this spring";
    ASSERT_TRUE((*store)->AddArticle(first, {useful, MakeQuote("Dmitry Peskov", claim)}).ok());
    // Recycling needs another outlet (claims/linker.h).
    Article second = HostileArticle("a2", "2025-04-16");
    second.outlet = "\"><img src=y onerror=alert(4)>";
    ASSERT_TRUE((*store)->AddArticle(second, {MakeQuote("Maria Zakharova", claim)}).ok());
    ASSERT_TRUE((*store)->AddArticle(HostileArticle("a3", "2025-04-17"),
                                     {MakeQuote("Kaja Kallas", "<i>Russia</i> has 200,000 troops "
                                                               "in Ukraine this spring")}).ok());
    ASSERT_TRUE((*store)->Commit().ok());
  }

  int Get(const std::string& path, const std::string& query, std::string* body) {
    std::string type;
    return HandleRequest(options_, path, query, body, &type);
  }

  std::string StatementId(const std::string& words) {
    std::string body;
    EXPECT_EQ(Get("/api/search", "q=" + words, &body), 200);
    const size_t at = body.find("\"id\":\"");
    if (at == std::string::npos) return "";
    return body.substr(at + 6, body.find('"', at + 6) - at - 6);
  }

  static void ExpectInert(const std::string& page, const std::string& body) {
    SCOPED_TRACE(page);
    EXPECT_EQ(body.find("<script"), std::string::npos);
    EXPECT_EQ(body.find("<img"), std::string::npos);
    EXPECT_EQ(body.find("<i>Russia"), std::string::npos);
    EXPECT_EQ(body.find("href=\"javascript:"), std::string::npos);
    EXPECT_EQ(body.find("<b>Peskov"), std::string::npos);
  }

  ServeOptions options_;
};

TEST_F(ServerTest, EveryPageHasTheNavigationAndEscapesArticleText) {
  const std::string id = StatementId("useful");
  ASSERT_FALSE(id.empty());
  const std::pair<std::string, std::string> pages[] = {
      {"/", ""},
      {"/", "q=useful"},
      {"/speakers", ""},
      {"/speakers", "filter=peskov"},
      {"/speaker", "speaker=peskov"},
      {"/statement/" + id, ""},
      {"/narratives", ""},
      {"/contradictions", ""},
      {"/reports", ""},
      {"/report", "week=2025-W16"},
  };
  for (const auto& [path, query] : pages) {
    std::string body;
    EXPECT_EQ(Get(path, query, &body), 200) << path << "?" << query;
    ExpectInert(path, body);
    for (const char* link : {"href=\"/speakers\"", "href=\"/narratives\"",
                             "href=\"/contradictions\"", "href=\"/reports\""})
      EXPECT_NE(body.find(link), std::string::npos) << path << " lacks " << link;
  }
  std::string body;
  Get("/", "q=useful", &body);
  EXPECT_NE(body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

TEST_F(ServerTest, SpeakersIndexCountsAndFilters) {
  std::string body;
  ASSERT_EQ(Get("/speakers", "", &body), 200);
  EXPECT_NE(body.find("Speakers 1\u20133 of 3"), std::string::npos);
  EXPECT_NE(body.find("href=\"/speaker?speaker=Dmitry%20Peskov\""), std::string::npos);
  ASSERT_EQ(Get("/speakers", "filter=zakharova", &body), 200);
  EXPECT_NE(body.find("Speakers 1\u20131 of 1"), std::string::npos);
  EXPECT_NE(body.find("Maria Zakharova"), std::string::npos);
  EXPECT_EQ(body.find("Kaja Kallas"), std::string::npos);
  ASSERT_EQ(Get("/api/speakers", "filter=zakharova", &body), 200);
  EXPECT_NE(body.find("\"total\":1,"), std::string::npos);
}

TEST_F(ServerTest, SpeakerPageHasTimelineRolesFiltersAndPaging) {
  std::string body;
  ASSERT_EQ(Get("/speaker", "speaker=Peskov&limit=1", &body), 200);
  EXPECT_NE(body.find("statements per week"), std::string::npos);  // the SVG's label
  EXPECT_NE(body.find("<svg"), std::string::npos);
  EXPECT_NE(body.find("<th>first seen</th>"), std::string::npos);
  EXPECT_NE(body.find("&lt;b&gt;Peskov&lt;/b&gt; spokesperson"), std::string::npos);
  EXPECT_NE(body.find("Statements 1\u20131 of 2"), std::string::npos);
  EXPECT_NE(body.find("href=\"/speaker?speaker=Peskov&amp;limit=1&amp;offset=1\""),
            std::string::npos);
  for (const char* filter : {"name=\"since\"", "name=\"until\"", "name=\"via\"",
                             "name=\"outlet\"", "name=\"kind\"", "name=\"polarity\""})
    EXPECT_NE(body.find(filter), std::string::npos) << filter;
  ASSERT_EQ(Get("/speaker", "speaker=Peskov&since=2025-04-16", &body), 200);
  EXPECT_NE(body.find("No statements."), std::string::npos);
  ASSERT_EQ(Get("/speaker", "speaker=Peskov&polarity=asserts&kind=direct", &body), 200);
  EXPECT_NE(body.find("of 2"), std::string::npos);
  // The page's parameters are the API's.
  ASSERT_EQ(Get("/api/said", "speaker=Peskov&limit=1", &body), 200);
  EXPECT_NE(body.find("\"total\":2,"), std::string::npos);
  EXPECT_NE(body.find("\"per_day\":[{\"date\":\"2025-04-15\",\"statements\":2}]"),
            std::string::npos);
}

TEST_F(ServerTest, StatementPageShowsThePassageAndTheLinks) {
  std::string body;
  ASSERT_EQ(Get("/statement/" + StatementId("useful"), "", &body), 200);
  EXPECT_NE(body.find("<p class=\"passage\">Peskov said <mark>&quot;&lt;script&gt;"),
            std::string::npos);
  EXPECT_NE(body.find("Where it was read (1 story)"), std::string::npos);
  EXPECT_EQ(body.find(" · · "), std::string::npos);
  ASSERT_EQ(Get("/statement/" + StatementId("speaker:kallas"), "", &body), 200);
  EXPECT_NE(body.find("<p class=\"link contradicts\">contradicts · score "), std::string::npos);
  EXPECT_NE(body.find("numbers differ"), std::string::npos);
}

TEST_F(ServerTest, NarrativesAndContradictionsAreListed) {
  std::string body;
  ASSERT_EQ(Get("/narratives", "", &body), 200);
  EXPECT_NE(body.find("Narratives 1\u20131 of 1"), std::string::npos) << body;
  EXPECT_NE(body.find("Maria Zakharova"), std::string::npos);
  ASSERT_EQ(Get("/api/narratives", "", &body), 200);
  EXPECT_NE(body.find("\"total\":1,"), std::string::npos);
  ASSERT_EQ(Get("/contradictions", "speaker=Kallas", &body), 200);
  // Kallas's figure contradicts the one Peskov gave and Zakharova repeated.
  EXPECT_NE(body.find("Contradictions 1\u20132 of 2"), std::string::npos) << body;
  EXPECT_NE(body.find("Why: a different figure for the same quantity; numbers differ"),
            std::string::npos);
  ASSERT_EQ(Get("/api/contradictions", "speaker=Kallas&limit=1", &body), 200);
  EXPECT_NE(body.find("\"total\":2,"), std::string::npos);
  ASSERT_EQ(Get("/reports", "", &body), 200);
  EXPECT_NE(body.find("href=\"/report?week=2025-W16\""), std::string::npos);
  ASSERT_EQ(Get("/api/reports", "", &body), 200);
  EXPECT_NE(body.find("{\"week\":\"2025-W16\",\"from\":\"2025-04-14\",\"to\":\"2025-04-20\","
                      "\"articles\":3}"),
            std::string::npos);
}

TEST_F(ServerTest, NoFilesAndClearErrors) {
  std::string body;
  EXPECT_EQ(Get("/../../etc/passwd", "", &body), 404);
  EXPECT_EQ(Get("/statement/..%2f..%2fetc%2fpasswd", "", &body), 404);
  EXPECT_EQ(Get("/api/report", "week=bad", &body), 400);
  EXPECT_EQ(Get("/api/said", "", &body), 400);
  EXPECT_EQ(Get("/speaker", "speaker=Nobody%20Known", &body), 404);
  EXPECT_EQ(Get("/speaker", "speaker=Peskov&limit=abc", &body), 400);
  EXPECT_NE(body.find("limit: expected a whole number"), std::string::npos);
  EXPECT_EQ(Get("/api/said", "speaker=Peskov&since=2025-13-45", &body), 400);
  EXPECT_EQ(Get("/api/said", "speaker=Peskov&kind=bogus", &body), 400);
  EXPECT_EQ(Get("/api/search", "q=%22unbalanced", &body), 200);  // Xapian reads it as a phrase
  // A query's cost grows with its terms: 101 of them are refused, not run.
  std::string repeated = "q=";
  for (int i = 0; i < 101; ++i) repeated += "useful+";
  EXPECT_EQ(Get("/api/search", repeated, &body), 400);
  EXPECT_NE(body.find("at most 100"), std::string::npos);
  EXPECT_EQ(Get("/", repeated, &body), 400);
  ServeOptions missing = options_;
  missing.db += "-missing";
  std::string type;
  EXPECT_EQ(HandleRequest(missing, "/", "", &body, &type), 503);
}

// --- over a socket ----------------------------------------------------------

class LiveServerTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    options_.port = 0;
    options_.bind = "127.0.0.1";
    options_.workers = 2;
    options_.header_timeout = std::chrono::milliseconds(1500);
    options_.stop = &stop_;
    std::atomic<int> port{0};
    server_ = std::thread([this, &port] {
      absl::Status s = Serve(options_, [&port](int p) { port = p; });
      EXPECT_TRUE(s.ok()) << s;
    });
    for (int i = 0; i < 500 && port == 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    port_ = port;
    ASSERT_NE(port_, 0);
  }
  void TearDown() override {
    stop_ = true;
    server_.join();
  }

  // A connection with a receive timeout: the generous bound on every wait.
  int Connect() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port_));
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    timeval timeout{20, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    EXPECT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    return fd;
  }

  // Sends `request` and reads the response until the server closes.
  std::string Exchange(const std::string& request) {
    const int fd = Connect();
    EXPECT_EQ(send(fd, request.data(), request.size(), MSG_NOSIGNAL),
              static_cast<ssize_t>(request.size()));
    std::string response = ReadAll(fd);
    close(fd);
    return response;
  }

  static std::string ReadAll(int fd) {
    std::string response;
    char buffer[4096];
    ssize_t n;
    while ((n = recv(fd, buffer, sizeof buffer, 0)) > 0) response.append(buffer, n);
    return response;
  }

  std::atomic<bool> stop_{false};
  std::thread server_;
  int port_ = 0;
};

TEST_F(LiveServerTest, OnlyGetAndHeadAndNoFraming) {
  const std::string get = Exchange("GET /speakers HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(get.starts_with("HTTP/1.1 200")) << get.substr(0, 200);
  EXPECT_NE(get.find("X-Frame-Options: DENY"), std::string::npos);
  EXPECT_NE(get.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_NE(get.find("Maria Zakharova"), std::string::npos);
  const std::string head = Exchange("HEAD /speakers HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(head.starts_with("HTTP/1.1 200")) << head;
  EXPECT_EQ(head.find("Maria Zakharova"), std::string::npos);
  for (const char* method : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
    const std::string response = Exchange(absl::StrCat(
        method, " /api/said HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd"));
    EXPECT_TRUE(response.starts_with("HTTP/1.1 405")) << method << ": " << response;
    EXPECT_NE(response.find("Allow: GET, HEAD"), std::string::npos) << method;
    EXPECT_NE(response.find("X-Frame-Options: DENY"), std::string::npos) << method;
  }
  const std::string missing = Exchange("GET /no-such-page HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(missing.starts_with("HTTP/1.1 404")) << missing.substr(0, 100);
  EXPECT_NE(missing.find("frame-ancestors 'none'"), std::string::npos);
}

// Issue 22: eight clients sending a byte a second starved every worker.
// Here more slow clients than workers hold connections with half a request
// each; a complete request still gets its answer.
TEST_F(LiveServerTest, SlowClientsHoldingConnectionsBlockNobody) {
  std::vector<int> slow;
  for (int i = 0; i < 40; ++i) {  // issue 22 asks for 32; here on 2 workers
    slow.push_back(Connect());
    ASSERT_EQ(send(slow.back(), "GET /speakers HT", 16, MSG_NOSIGNAL), 16);
  }
  const std::string answer = Exchange("GET /api/speakers HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 200")) << answer.substr(0, 100);
  EXPECT_NE(answer.find("\"total\":3,"), std::string::npos);
  // A client that never finishes its headers is dropped at the header
  // deadline (1.5 s here), however it trickles: 408 and close.
  const int trickler = slow.front();
  ASSERT_EQ(send(trickler, "T", 1, MSG_NOSIGNAL), 1);
  const std::string dropped = ReadAll(trickler);
  EXPECT_TRUE(dropped.starts_with("HTTP/1.1 408")) << dropped;
  for (int fd : slow) close(fd);
}

TEST_F(LiveServerTest, OversizedHeadersAreRefused) {
  const std::string response =
      Exchange(absl::StrCat("GET / HTTP/1.1\r\nX-Big: ", std::string(20000, 'a'), "\r\n\r\n"));
  EXPECT_TRUE(response.starts_with("HTTP/1.1 431")) << response.substr(0, 100);
}

// Issue 22: a server-side fault came back as 400, the client's fault.
TEST_F(ServerTest, AServerFaultIsA5xxAndABadQueryA400) {
  {
    Xapian::WritableDatabase db(options_.db, Xapian::DB_OPEN);
    Xapian::Document doc = db.get_document(1);
    doc.set_data("{\"id\": tr");  // a damaged stored statement
    db.replace_document(1, doc);
    db.commit();
  }
  std::string body;
  EXPECT_EQ(Get("/api/search", "q=useful", &body), 500) << body;
  EXPECT_EQ(Get("/api/said", "speaker=Peskov", &body), 500) << body;
  EXPECT_EQ(Get("/api/report", "week=2025-W99", &body), 400) << body;
}

}  // namespace
}  // namespace qtrack

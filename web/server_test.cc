#include "web/server.h"

#include <filesystem>

#include <xapian.h>

#include "claims/store.h"
#include "gtest/gtest.h"

namespace qtrack {
namespace {

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    options_.db = std::string(getenv("TEST_TMPDIR") ? getenv("TEST_TMPDIR") : "/tmp") + "/web_db";
    std::filesystem::remove_all(options_.db);
    auto store = Store::OpenForWriting(options_.db);
    ASSERT_TRUE(store.ok());
    Article a;
    a.id = "a1";
    a.url = "javascript:alert(3)";
    a.outlet = "\"><img src=x onerror=alert(1)>";
    a.title = "<script>alert(2)</script>";
    a.published = "2025-04-15";
    a.text = "x";
    Quote q;
    q.speaker = "Dmitry Peskov";
    q.speaker_role = "<b>Peskov</b> spokesperson";
    q.text = "<script>alert(1)</script> and \"><img onerror=alert(1)> were extremely useful";
    q.kind = StatementKind::kDirect;
    ASSERT_TRUE((*store)->AddArticle(a, {q}).ok());
    ASSERT_TRUE((*store)->Commit().ok());
  }

  int Get(const std::string& path, const std::string& query, std::string* body) {
    std::string type;
    return HandleRequest(options_, path, query, body, &type);
  }

  static void ExpectInert(const std::string& body) {
    EXPECT_EQ(body.find("<script"), std::string::npos);
    EXPECT_EQ(body.find("<img"), std::string::npos);
    EXPECT_EQ(body.find("href=\"javascript:"), std::string::npos);
    EXPECT_EQ(body.find("<b>Peskov"), std::string::npos);
  }

  ServeOptions options_;
};

TEST_F(ServerTest, PagesEscapeArticleText) {
  std::string body;
  EXPECT_EQ(Get("/", "q=useful", &body), 200);
  EXPECT_NE(body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  ExpectInert(body);
  EXPECT_EQ(Get("/speaker", "name=peskov", &body), 200);
  ExpectInert(body);
  EXPECT_NE(body.find("Everything said (1)"), std::string::npos);
  EXPECT_EQ(Get("/report", "week=2025-W16", &body), 200);
  ExpectInert(body);
  EXPECT_NE(body.find("Weekly report 2025-W16"), std::string::npos);
}

TEST_F(ServerTest, StatementPageAndApi) {
  std::string body;
  ASSERT_EQ(Get("/api/search", "q=useful", &body), 200);
  size_t at = body.find("\"id\":\"");
  ASSERT_NE(at, std::string::npos);
  std::string id = body.substr(at + 6, body.find('"', at + 6) - at - 6);
  EXPECT_EQ(Get("/statement/" + id, "", &body), 200);
  ExpectInert(body);
  EXPECT_EQ(Get("/api/statement/" + id, "", &body), 200);
  EXPECT_NE(body.find("\"speaker\""), std::string::npos);
  EXPECT_EQ(Get("/api/said", "speaker=Peskov", &body), 200);
  EXPECT_EQ(body.front(), '[');
  EXPECT_EQ(Get("/api/report", "week=2025-W16", &body), 200);
  EXPECT_NE(body.find("\"week\":\"2025-W16\""), std::string::npos);
}

TEST_F(ServerTest, NoFilesAndClearErrors) {
  std::string body;
  EXPECT_EQ(Get("/../../etc/passwd", "", &body), 404);
  EXPECT_EQ(Get("/statement/..%2f..%2fetc%2fpasswd", "", &body), 404);
  EXPECT_EQ(Get("/api/report", "week=bad", &body), 400);
  EXPECT_EQ(Get("/api/said", "", &body), 400);
  ServeOptions missing = options_;
  missing.db += "-missing";
  std::string type;
  EXPECT_EQ(HandleRequest(missing, "/", "", &body, &type), 503);
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

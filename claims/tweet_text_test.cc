// File: claims/tweet_text_test.cc
#include "claims/tweet_text.h"

#include "gtest/gtest.h"

namespace qtrack {
namespace {

struct Case {
  const char* tweet;
  const char* want;
};

TEST(NormalizeTweetTest, Table) {
  const Case cases[] = {
      {"", ""},
      {"plain words stay", "plain words stay"},
      {"Read this https://t.co/abc123 now", "Read this now"},
      {"Watch www.example.org/x please", "Watch please"},
      {"Seen today pic.twitter.com/AbC1", "Seen today"},
      // A picture link glued to the hashtag before it.
      {"Storm hits #CoastTownpic.twitter.com/AbC1", "Storm hits Coast Town"},
      {"Salt &amp; pepper &quot;fresh&quot; &#39;ok&#39;", "Salt & pepper \"fresh\" 'ok'"},
      {"#AustralianFires spread", "Australian Fires spread"},
      {"#COVID19 cases", "COVID 19 cases"},
      {"#USAToday said", "USA Today said"},
      {"#stay_home now", "stay home now"},
      {"Thanks @MayorJaneRoe for this", "Thanks Mayor Jane Roe for this"},
      {"Great news \xF0\x9F\x98\x82\xF0\x9F\x91\x8D!", "Great news !"},
      {"Flag \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 waved", "Flag waved"},
      {"  many \n\t spaces  ", "many spaces"},
      {"Bridge closed forever pic.twitter.com/x1 \xE2\x80\x94 Jo Doe (@jodoe) May 1, 2020",
       "Bridge closed forever Jo Doe"},
      // An em dash in the prose is not the embed line.
      {"Two options \xE2\x80\x94 both bad", "Two options \xE2\x80\x94 both bad"},
      {"Caf\xC3\xA9 owner speaks", "Caf\xC3\xA9 owner speaks"},
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeTweet(c.tweet), c.want) << c.tweet;
}

TEST(TweetDateTest, Table) {
  EXPECT_EQ(TweetDate("Text \xE2\x80\x94 Jo Doe (@jodoe) May 1, 2020"), "2020-05-01");
  EXPECT_EQ(TweetDate("Text \xE2\x80\x94 A B (@ab) December 24, 2019"), "2019-12-24");
  EXPECT_EQ(TweetDate("Text without embed"), "");
  EXPECT_EQ(TweetDate("Text \xE2\x80\x94 A B (@ab) sometime"), "");
}

TEST(NormalizeTweetTest, InvalidUtf8DoesNotCrash) {
  EXPECT_EQ(NormalizeTweet("ab\xFF\xFE cd"), "ab\xFF\xFE cd");
  NormalizeTweet("&#xFFFFFFFF; &#; & #");
  NormalizeTweet("\xE2\x80\x94 (@");
}

}  // namespace
}  // namespace qtrack

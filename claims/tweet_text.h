// File: claims/tweet_text.h
//
// Turns a tweet as scraped or embedded into plain text a retrieval model can
// use: the words of the claim, without the markup that social media adds.
//
// Example:
//   NormalizeTweet("Wow &amp; #FakeNews @CNN pic.twitter.com/x1 — Jo Doe (@jo) May 1, 2020")
//   // == "Wow & Fake News CNN Jo Doe"
//   TweetDate("... — Jo Doe (@jo) May 1, 2020") == "2020-05-01"
//
// What it does, in order:
//   - the embed's closing "— Name (@handle) Month D, YYYY" is replaced by the
//     name (who said it is part of many checked claims: "Trump tweeted ...");
//   - URLs (http://, https://, www.) and pic.twitter.com links are dropped;
//   - HTML entities are decoded (&amp; → &, &quot; → ", &#39; → '), then
//     emoji and other symbols (U+2190..U+2BFF, U+1F000..U+1FAFF, variation
//     selectors, ZWJ) are dropped;
//   - @handles lose the @ and are split like hashtags ("@realDonaldTrump" →
//     "real Donald Trump");
//   - #CamelCaseHashtags are split into words ("#AustralianFires" →
//     "Australian Fires", "#COVID19" → "COVID 19");
//   - whitespace is collapsed to single spaces and trimmed.
// Invalid UTF-8 bytes are kept as they are (the stemmer ignores them).
//
// Thread-safety: pure functions.
#ifndef QTRACK_CLAIMS_TWEET_TEXT_H_
#define QTRACK_CLAIMS_TWEET_TEXT_H_

#include <string>
#include <string_view>

namespace qtrack {

std::string NormalizeTweet(std::string_view tweet);

// The date of the embed's closing "— Name (@handle) Month D, YYYY" line as
// ISO "YYYY-MM-DD"; "" when the tweet carries none.
std::string TweetDate(std::string_view tweet);

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_TWEET_TEXT_H_

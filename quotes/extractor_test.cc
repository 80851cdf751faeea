// Table-driven tests of QuoteExtractor. Each case reads as
//   sentence → kind / speaker / conduit / content
// in a compact notation; regression cases found on PolNeAR dev are named
// after what broke.
#include "quotes/extractor.h"

#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/internal/rules.h"
#include "quotes/quote_eval.h"

namespace qtrack {
namespace {

struct Case {
  const char* name;
  const char* text;      // paragraphs separated by '\n'
  const char* kind;      // "direct" | "mixed" | "indirect"; "" = no statement expected
  const char* speaker;   // resolved speaker
  const char* via;       // conduit, "" = none
  const char* content;   // substring of Quote::text
  const char* mention = nullptr;  // speaker mention as written (optional)
  const char* said_on = nullptr;  // optional
  const char* addressee = nullptr;  // optional
  int fragments = 0;     // optional: expected fragment count
};

const Case kCases[] = {
    // --- direct quotes -------------------------------------------------------
    {"straight_quote_then_speaker", "\"We will win,\" Trump said.", "direct", "Trump", "", "We will win"},
    {"split_quote_is_one_statement", "\"We will win,\" Trump said, \"and win big.\"", "direct", "Trump", "",
     "and win big", nullptr, nullptr, nullptr, 2},
    {"curly_inverted_order", "“The talks were useful,” said Dmitry Peskov.", "direct", "Dmitry Peskov", "",
     "talks were useful"},
    {"colon_introduced", "Peskov told reporters: “There is no such plan.”", "direct", "Peskov", "",
     "no such plan"},
    {"multi_paragraph_quote",
     "Zelensky said on Sunday:\n“The first paragraph goes on.\n“And the second one ends here.”",
     "direct", "Zelensky", "", "second one ends", nullptr, "2025-04-13"},
    {"quote_only_sentence_continues", "“Here he is,” she said. “Donald’s here.”", "direct", "", "",
     "Donald’s here", "she", nullptr, nullptr, 2},
    {"dash_after_quote", "“We are not afraid.” ― Maria Lopez", "direct", "Maria Lopez", "", "not afraid"},
    // --- mixed and single-quoted headlines --------------------------------------
    {"partial_quote", "The talks were \"extremely useful,\" Peskov said.", "mixed", "Peskov", "",
     "extremely useful"},
    {"headline_single_quotes", "Lavrov says NATO 'should have been dissolved.'", "mixed", "Lavrov", "",
     "should have been dissolved"},
    {"apostrophe_is_not_a_quote", "Putin's envoy said Russia’s position had not changed.", "indirect", "", "",
     "position had not changed"},
    // --- reported speech -------------------------------------------------------
    {"said_that", "Kremlin spokesperson Dmitry Peskov said on April 14 that the matter was not discussed.",
     "indirect", "Dmitry Peskov", "", "the matter was not discussed", "Kremlin spokesperson Dmitry Peskov",
     "2025-04-14"},
    {"according_to_conduit",
     "The talks were useful, Peskov said, according to the state-owned news agency TASS.", "indirect",
     "Peskov", "TASS", "talks were useful"},
    {"told_outlet_is_conduit", "Witkoff told Reuters that a deal was close.", "indirect", "Witkoff", "Reuters",
     "a deal was close"},
    {"told_person_is_addressee", "U.S. President Donald Trump met Steve Witkoff.\nWitkoff told Trump that the path was quick.",
     "indirect", "Steve Witkoff", "", "the path was quick", nullptr, nullptr, "Donald Trump"},
    {"emphasized", "Peskov emphasized that relations are being rebuilt.", "indirect", "Peskov", "",
     "relations are being rebuilt"},
    {"in_a_statement", "The ministry said in a statement that the strike hit a depot.", "indirect", "ministry", "",
     "the strike hit a depot"},
    {"yesterday_resolves", "Sandu said yesterday that talks would end by 2027.", "indirect", "Sandu", "",
     "talks would end by 2027", nullptr, "2025-04-13"},
    {"weekday_resolves", "Sandu said on Friday that talks would end.", "indirect", "Sandu", "", "talks would end",
     nullptr, "2025-04-11"},
    // --- resolution ----------------------------------------------------------
    {"pronoun_resolves", "Kremlin spokesperson Dmitry Peskov spoke on Monday.\nHe said the talks were useful.",
     "indirect", "Dmitry Peskov", "", "the talks were useful", "He"},
    {"surname_resolves", "Kremlin spokesperson Dmitry Peskov spoke.\nPeskov said the talks were useful.",
     "indirect", "Dmitry Peskov", "", "the talks were useful", "Peskov"},
    {"role_noun_resolves",
     "Russian President Vladimir Putin met Witkoff.\nThe Russian leader said the talks were useful.", "indirect",
     "Vladimir Putin", "", "the talks were useful", "The Russian leader"},
    // --- Russian and Ukrainian -----------------------------------------------------
    {"ru_guillemets_dash", "«Переговоры были полезными», — заявил Песков.", "direct", "Песков", "",
     "Переговоры были полезными"},
    {"ru_nested_quotes", "«Мы называем это „спецоперацией“», — сказал он.", "direct", "", "", "спецоперацией",
     "он"},
    {"ru_said_that", "Дмитрий Песков заявил, что переговоры были полезными.", "indirect", "Дмитрий Песков", "",
     "переговоры были полезными"},
    {"ru_according_to", "По словам Пескова, переговоры были полезными.", "indirect", "Песков", "",
     "переговоры были полезными", "Пескова"},
    {"ru_according_to_resolves_full_name",
     "Пресс-секретарь президента России Дмитрий Песков прибыл в Минск.\nПо словам Пескова, переговоры были полезными.",
     "indirect", "Дмитрий Песков", "", "переговоры были полезными", "Пескова"},
    {"ru_according_to_full_name_genitive", "По словам Дмитрия Пескова, переговоры были полезными.", "indirect",
     "Дмитрий Песков", "", "переговоры были полезными"},
    {"ru_according_to_feminine", "По словам Марии Захаровой, переговоры были полезными.", "indirect",
     "Мария Захарова", "", "переговоры были полезными"},
    {"ru_role_with_country_genitive",
     "«Переговоры были крайне полезными», — заявил пресс-секретарь президента России Дмитрий Песков.", "direct",
     "Дмитрий Песков", "", "Переговоры были крайне полезными"},
    {"ru_as_reports", "Как сообщает ТАСС, переговоры завершились.", "indirect", "ТАСС", "ТАСС",
     "переговоры завершились"},
    {"uk_guillemets", "«Ми не відступимо», — наголосив Зеленський.", "direct", "Зеленський", "",
     "Ми не відступимо"},
    {"uk_according_to", "За словами Зеленського, Росія готує наступ.", "indirect", "Зеленський", "",
     "Росія готує наступ"},
    {"uk_according_to_feminine_declension", "За словами Сибіги, переговори були корисними.", "indirect", "Сибіга",
     "", "переговори були корисними", "Сибіги"},
    {"uk_according_to_resolves_full_name",
     "Міністр закордонних справ України Андрій Сибіга прибув до Варшави.\nЗа словами Сибіги, переговори були корисними.",
     "indirect", "Андрій Сибіга", "", "переговори були корисними"},
    {"uk_said_that", "Президент Володимир Зеленський заявив, що Росія готує наступ.", "indirect",
     "Володимир Зеленський", "", "Росія готує наступ"},
    // --- no statements -----------------------------------------------------------
    {"menu_line", "Subscribe\n* indicates required\nNews Feed", "", "", "", ""},
    {"scare_quotes_without_cue", "The so-called \"peace plan\" was published on Monday.", "", "", "", ""},
    {"headline_with_colon_is_no_speaker_label", "Peace Over Profit: Ministers Meet in Geneva to Talk Trade", "", "",
     "", ""},
    // --- regressions found on PolNeAR dev --------------------------------------------
    {"regression_block_quote_marker_not_a_quote",
     "\"Melanie thought the whole thing was outrageous.\n“It never crossed my mind,” she said several months later, and more.",
     "direct", "", "", "never crossed my mind", "she"},
    {"regression_party_tag_in_speaker", "“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.", "direct",
     "Gwen Moore", "", "dog whistle", "Rep. Gwen Moore (D-Wis.)"},
    {"regression_apposition_in_speaker",
     "Megan Hester, senior associate at the Annenberg Institute, said parents want neighborhood schools.",
     "indirect", "Megan Hester", "", "parents want neighborhood schools",
     "Megan Hester, senior associate at the Annenberg Institute,"},
    {"regression_quote_then_question_mark_and_speaker", "“How many times?” Clinton said. “It is unbearable.”",
     "direct", "Clinton", "", "How many times", nullptr, nullptr, nullptr, 2},
    {"regression_according_to_is_not_content",
     "The talks were \"extremely useful,\" Peskov said on April 14, according to TASS.", "mixed", "Peskov", "TASS",
     "extremely useful", nullptr, "2025-04-14"},
    {"regression_double_apostrophe_quotes", "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.",
     "direct", "Douglas Holtz-Eakin", "", "tax reform"},
    {"regression_possessive_prefix_in_headline", "Russia's Lavrov says NATO 'should have been dissolved.'", "mixed",
     "Lavrov", "", "should have been dissolved", "Russia's Lavrov"},
    {"regression_parenthetical_dash_pair_is_content",
     "Witkoff told Trump that granting Russia four regions – the Donetsk and Luhansk oblasts – would be the quickest path.",
     "indirect", "Witkoff", "", "would be the quickest path"},
    {"regression_gloss_after_quote_is_not_content",
     "Gingrich dismissed Estonia as being in the “suburbs of St. Petersburg” — a metaphor for the abandonment of principle.",
     "mixed", "Gingrich", "", "suburbs of St. Petersburg"},
    // Crashed: the nested search found a colon-introduced quote whose verb
    // ("representatives: ...") has no lexicon entry.
    {"regression_nested_colon_quote_without_lexicon_cue",
     "He said to media representatives: \"If you want to see the people responsible, look at yourselves.\"",
     "direct", "", "", "look at yourselves"},
    {"regression_curly_open_straight_close",
     "“Immunity deals should not be required,\" Chairman Jason Chaffetz (R-Utah) said, adding that deals were handed out \"like candy.\"",
     "direct", "Jason Chaffetz", "", "Immunity deals should not be required"},
    {"regression_age_apposition", "\"We will not stop,\" Quina Jones, 25, said as she marched.", "direct", "Quina Jones", "",
     "We will not stop", "Quina Jones, 25,"},
    {"regression_participle_is_never_inverted",
     "The country \"has made dramatic changes,\" McConnell said in June 2012, citing the release of prisoners.",
     "mixed", "McConnell", "", "dramatic changes"},
    {"regression_number_starts_inverted_speaker", "“They are 100 percent wrong,” said 9/11 widow Terry Strada.", "direct",
     "Terry Strada", "", "100 percent wrong", "9/11 widow Terry Strada"},
    // Content text lost its first character: leading symbols outside quote
    // marks were trimmed as punctuation.
    {"regression_text_keeps_leading_angle_bracket", "Peskov wrote that <script>alert(1)</script> is here.", "indirect",
     "Peskov", "", "<script>alert(1)</script> is here"},
    {"regression_text_keeps_dollar_sign", "Trump said $5 billion was wasted on it.", "indirect", "Trump", "",
     "$5 billion was wasted"},
    {"regression_quoted_text_keeps_angle_bracket", "“<script>alert(1)</script> is fine,” Peskov said.", "direct",
     "Peskov", "", "<script>alert(1)</script> is fine"},
    {"regression_inverted_speaker_lowercase_after_quote",
     "“It’s Bernie’s to lose at this point,” said one New Hampshire Democrat.", "direct", "", "",
     "It’s Bernie’s to lose", "one New Hampshire Democrat"},
    {"regression_closing_verb_missing_from_lexicon", "“Why isn’t this crystal clear proof?” Vitter demanded.",
     "direct", "Vitter", "", "crystal clear proof", "Vitter"},
    {"regression_left_curly_as_closing_mark", "“It's unusual,“ said Larry Noble, an attorney.", "direct",
     "Larry Noble", "", "It's unusual"},
    {"regression_name_and_cue_after_exclamation",
     "“We cast our votes for the next president!” US Senator Jeff Sessions said as he launched the process.",
     "direct", "Jeff Sessions", "", "next president"},
    {"regression_in_a_video_message_is_tail",
     "Democrats had “put the biggest crack” yet in the glass ceiling, she said in a video message to the convention.",
     "mixed", "", "", "biggest crack", "she"},
    {"regression_second_verb_after_quote_ends_content",
     "Donald Trump is telling a veterans group that the military is “depleted” and says he will expand it.",
     "mixed", "Donald Trump", "", "military is “depleted”"},
    {"regression_quote_sentence_continues_indirect_statement",
     "The administration may be reluctant to act, Schiff said. \"The other factor is the election.\"", "mixed",
     "Schiff", "", "The other factor", nullptr, nullptr, nullptr, 2},
    {"regression_participle_clause_ends_content",
     "Trump questioned the integrity of the voting system, encouraging his supporters to visit polling places.",
     "indirect", "Trump", "", "the integrity of the voting system"},
    {"regression_belief_verb_is_weak_cue", "Economists believe this provides an incentive for employers.", "indirect",
     "", "", "this provides an incentive", "Economists"},
    {"passive_names_no_source", "It was reported that the talks had stalled.", "indirect", "", "",
     "the talks had stalled"},
    {"particle_cue_beats_its_verb", "The ministry warned of new strikes on energy facilities.", "indirect", "ministry",
     "", "new strikes on energy facilities"},
    {"regression_and_said_is_a_second_attribution",
     "Authorities announced the arrest of a man and said a curfew would continue through the weekend.", "indirect",
     "Authorities", "", "a curfew would continue", "Authorities"},
    {"regression_continuation_quote_stops_at_new_clause",
     "“You winning?” she said, but Kevin was drifting off, and as Trump went on about “how the system is rigged,” she smiled.",
     "direct", "", "", "You winning?", "she", nullptr, nullptr, 1},
    {"regression_colon_quote_before_closing_attribution",
     "Sen. Claire McCaskill scolded him: “The scientific community is almost monolithic against you,” she said.",
     "direct", "", "", "The scientific community", nullptr, nullptr, nullptr, 1},
    {"asked_question_has_no_source",
     "Asked if the strikes had rattled the allies, Peskov said the talks would go on.", "indirect", "", "",
     "if the strikes had rattled the allies"},
    {"asked_question_keeps_main_clause",
     "Asked if the strikes had rattled the allies, Peskov said the talks would go on.", "indirect", "Peskov", "",
     "the talks would go on"},
    {"regression_inverted_cue_in_speaker_label", "Said Ellis: “I don’t get the sense she is interested.”", "direct",
     "Ellis", "", "I don’t get the sense", "Ellis"},
    // `"...," X said, referring to ...`: the participle opens the next
    // statement; the content is before the cue, quote and words after it.
    {"regression_participle_after_cue_leaves_content_before",
     "“We cut the wrong programs” to balance the budget, the mayor said, referring to the library closures.", "mixed",
     "mayor", "", "“We cut the wrong programs” to balance the budget", "the mayor"},
    // A person pronoun takes no modifiers: "at 86 she" is "she".
    {"regression_pronoun_mention_drops_preceding_words",
     "Even now at 86 she still insists that the farm will stay in the family.", "indirect", "", "",
     "the farm will stay in the family", "she"},
    // `X laughed and said, "..."`: the subject of the first verb speaks.
    {"regression_verb_and_cue_share_the_subject",
     "Once, when my brother mentioned the storm to me, I laughed and said, “It will pass by morning.”", "direct", "", "",
     "It will pass by morning", "I"},
    // The same inside a paragraph, after another sentence.
    {"regression_inverted_cue_opens_a_sentence",
     "The plan is complicated. Said Marsh: “Nobody has read the whole thing.”", "direct", "Marsh", "",
     "Nobody has read the whole thing", "Marsh"},
    {"regression_age_compound_is_speaker", "“Donald is an amazing leader,” said the 46-year-old.", "direct", "", "",
     "amazing leader", "the 46-year-old"},
    {"regression_with_x_saying", "They met on April 11, with the Kremlin saying the meeting focused on \"aspects.\"",
     "mixed", "Kremlin", "", "the meeting focused"},
    // A transcript printed as one long quote: each paragraph reopens the
    // quote mark before the speaker label, so the label was never seen.
    {"regression_transcript_label_after_reopened_quote",
     "\"WALLACE: Let me ask you about the debate.\n\n\"PENCE: Well, look, she thinks this is an episode of “Shark Tank.” "
     "It’s serious business.",
     "mixed", "PENCE", "", "episode of “Shark Tank.” It’s serious business", "PENCE"},
    // A relative clause after the name is not part of the speaker mention.
    {"regression_relative_clause_not_in_mention",
     "Christie, who has campaigned heavily for Trump since February, blasted Clinton as a “disgrace” on Wednesday.",
     "mixed", "Christie", "", "Clinton as a “disgrace”", "Christie"},
    // An attribution set off by commas inside the reported sentence: both
    // sides are the content.
    // `..., said one GOP source`: a quantifier opens an inverted speaker.
    {"regression_inverted_speaker_opens_with_quantifier",
     "The meeting deteriorated from there, said one GOP source in the room.", "indirect", "", "",
     "The meeting deteriorated from there", nullptr},
    // `, said the videos show ...`: a noun phrase followed by its verb is the
    // complement's subject, not an inverted speaker; the name in apposition
    // after a role is part of the mention.
    {"regression_role_then_name_apposition",
     "In a statement, one of the family's attorneys, Justin Bamberg, said the videos show Scott calmly leaving.",
     "indirect", "", "", "the videos show Scott", "one of the family's attorneys, Justin Bamberg,"},
    // A participle after a preposition (`began by saying`) reports for the
    // subject of the main clause.
    {"regression_participle_after_preposition",
     "Dean then appeared on MSNBC on Tuesday and began by saying he would “never” diagnose someone.", "mixed", "Dean",
     "", "he would “never” diagnose someone", "Dean"},
    // An introductory phrase without its comma before the speaker's name.
    {"regression_intro_phrase_without_comma_before_speaker",
     "In a Bloomberg interview Trump declared “I think NATO may be obsolete.”", "direct", "Trump", "",
     "NATO may be obsolete", "Trump"},
    {"regression_interposed_attribution_takes_both_sides", "The latest test, North Korea said, was its biggest yet.",
     "indirect", "", "", "its biggest yet", nullptr, nullptr, nullptr, 2},
    // `.” She adds, “...”`: a cue, a comma and a quote after a quote closing
    // on a period open the next statement; it was merged into the first.
    {"regression_cue_comma_quote_opens_next_statement",
     "She says the plan is “a disaster for families.” She adds, “Nobody asked the parents.”", "direct", "", "",
     "Nobody asked the parents", "She", nullptr, nullptr, 1},
    // `vowed not to repeat that mistake`: the determiner "that" after an
    // infinitive was taken for a complementizer and the content jumped to
    // it.
    // Verbs the lexicon lacks, between a subject and a quote.
    {"regression_unknown_verb_before_quote_attributes_to_subject",
     "Senator Reid has been steadily pounding the governor as a “con artist” this week.", "mixed", "Reid", "",
     "the governor as a “con artist”", "Senator Reid"},
    {"regression_unknown_verb_colon_quote", "The mayor is rolling out a new campaign slogan: “Build it here.”", "direct",
     "mayor", "", "Build it here", "The mayor"},
    {"regression_unknown_verb_passive_is_no_attribution",
     "He was investigated by regulators for promoting “miracle” diets.", "", "", "", ""},
    {"regression_unknown_verb_title_quote_is_no_attribution", "The museum opened its exhibit “Faces of the Sea” on Monday.",
     "", "", "", ""},
    {"regression_participle_after_quote_comma_ends_content",
     "Democrats blasted the board for saying the deal was only “partial,” meaning it covered few of the accounts.",
     "mixed", "Democrats", "", "the board for saying the deal was only “partial,”"},
    {"regression_infinitive_that_is_no_complementizer",
     "The mayor vowed not to repeat that mistake and resigned in June.", "indirect", "mayor", "",
     "to repeat that mistake"},
    // PolNeAR attributes wishes, plans and stances, not only speech.
    {"regression_wish_of_a_group_is_attributed", "Local farmers want a new irrigation canal.", "indirect", "", "",
     "a new irrigation canal", "Local farmers"},
    // "plans" was listed as a weak cue but never entered the lexicon.
    {"regression_plans_to_is_an_attribution", "The mayor plans to close two libraries next year.", "indirect", "mayor",
     "", "to close two libraries", "The mayor"},
    // A cue in the infinitive reports for the subject of the clause.
    {"regression_infinitive_cue_reports_for_subject", "The governor plans to endorse the mayor in the spring.",
     "indirect", "governor", "", "the mayor", "The governor"},
    // A cue cut off after its infinitive marker (a truncated headline)
    // reports nothing: no statement whose content is only "to".
    {"regression_truncated_infinitive_is_no_statement", "The alliance promised not to…", "", "", "", ""},
    // A one-word object is enough content for a cue other than "said".
    {"regression_one_word_object_is_content", "Senator Wells endorsed Harrison.", "indirect", "Wells", "",
     "Harrison", "Senator Wells"},
    // A verb the lexicon lacks, followed by "that", reports a statement.
    {"regression_unknown_verb_then_that", "The engineers maintained that the old bridge was still safe for trucks.",
     "indirect", "engineers", "", "the old bridge was still safe", "The engineers"},
    // Word pieces inside a speaker mention: a slash and a plural possessive.
    {"regression_slash_joined_poll_name_in_mention", "A new CNN/ORC poll shows the senator ahead by six points.",
     "indirect", "", "", "the senator ahead", "A new CNN/ORC poll"},
    {"regression_plural_possessive_in_mention", "The Greens’ leaders said the vote was rigged.", "indirect", "", "",
     "the vote was rigged", "The Greens’ leaders"},
    // "according to X" set off by commas inside the sentence it reports.
    {"regression_interposed_according_to_takes_both_sides",
     "The deficit, according to the budget office, will double within a decade.", "indirect", "budget office", "",
     "The deficit will double within a decade", "the budget office", nullptr, nullptr, 2},
    // A participle and its day close a source mention ("released Monday").
    {"regression_participle_and_day_end_a_source_mention",
     "The newest county survey released Monday shows that most renters back the measure.", "indirect", "", "",
     "most renters back the measure", "The newest county survey released Monday"},
    // "In <a poll>, ...": the poll is the source of the rest of the sentence.
    {"regression_in_a_poll_is_a_source",
     "In the latest state poll, conducted over the weekend, the senator leads her rival by six points.", "indirect",
     "", "", "the senator leads her rival by six points", "the latest state poll, conducted over the weekend,"},
    // `what X called "..."`: the clause from "what" to the quoted label.
    {"regression_what_x_called_quote", "The council passed what the mayor called “a fair deal” for the city.", "mixed",
     "mayor", "", "what the mayor called “a fair deal”", "the mayor"},
    // Two noun phrases joined by "and" before the cue are one mention.
    {"regression_coordinated_subject_is_one_mention",
     "Regulators and consumer groups said the merger would raise prices.", "indirect", "", "",
     "the merger would raise prices", "Regulators and consumer groups"},
    // "by" and a gerund after an -ed cue is what was done, not a passive's
    // agent.
    {"regression_by_gerund_is_content_not_agent",
     "The governor responded by publishing the full audit of the pension fund.", "indirect", "governor", "",
     "by publishing the full audit of the pension fund", "The governor"},
    // A passive participle with its "by" agent names no statement.
    {"regression_passive_with_by_agent_is_no_statement", "The bill was endorsed by several unions.", "", "", "", ""},
    // A quote after a comma ending a sentence with no usable cue: the
    // subject speaks, after an opening subordinate clause too.
    {"regression_quote_after_comma_as_x_put_it", "As Novak put it at the time, “Nobody reads the fine print.”", "direct",
     "Novak", "", "Nobody reads the fine print."},
    {"regression_quote_after_comma_subject_after_when_clause",
     "When the judge returned, Kovacs shot back, “Nobody here wants a long trial.”", "direct", "Kovacs", "",
     "Nobody here wants a long trial."},
    // A participle's subject: after "as well," too; with a quantifier and
    // an adjective; with its noun-phrase apposition.
    {"regression_participle_after_as_well",
     "Mayor Ida Kovacs (D), the governor's rival in the coming race, called Monday for opening the files, as well, "
     "saying that sunlight \"keeps everyone honest.\"",
     "mixed", "Ida Kovacs", "", "sunlight \"keeps everyone honest.\"",
     "Mayor Ida Kovacs (D), the governor's rival in the coming race,"},
    // An aside between dashes belongs to the mention; the name resolves
    // without it.
    {"regression_dash_aside_in_speaker_mention",
     "Jason Novak — a teacher from Dayton — says he made a late decision to vote for the mayor.", "indirect",
     "Jason Novak", "", "he made a late decision", "Jason Novak — a teacher from Dayton —"},
    {"regression_participle_subject_with_quantifier",
     "In May, several neighborhood groups gave the council more time to review the plan, saying its \"first draft "
     "was far too vague.\"",
     "mixed", "", "", "first draft was far too vague", "several neighborhood groups"},
};


Article MakeArticle(const std::string& text) {
  Article a;
  a.id = "test";
  a.text = text;
  a.published = "2025-04-14";  // a Monday
  a.paragraphs = SplitParagraphsOnNewlines(a.text);
  return a;
}

struct Expected {
  const char* text;     // Quote::text, exactly
  const char* speaker;  // resolved speaker, exactly
};

// Extracts `text` and checks that it yields exactly `expected`, in order.
void ExpectStatements(const std::string& text, const std::vector<Expected>& expected) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle(text), &quotes);
  ASSERT_EQ(quotes.size(), expected.size()) << text;
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(quotes[i].text, expected[i].text) << text;
    EXPECT_EQ(quotes[i].speaker, expected[i].speaker) << text;
  }
}

class ExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(ExtractorTest, Case) {
  const Case& c = GetParam();
  Article a = MakeArticle(c.text);
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(a, &quotes);
  if (std::string(c.kind).empty()) {
    for (const Quote& q : quotes) ADD_FAILURE() << "unexpected statement: " << q.text;
    return;
  }
  const Quote* found = nullptr;
  for (const Quote& q : quotes)
    if (q.text.find(c.content) != std::string::npos) found = &q;
  ASSERT_NE(found, nullptr) << "no statement contains \"" << c.content << "\"";
  const Quote& q = *found;
  EXPECT_EQ(StatementKindName(q.kind), c.kind) << q.text;
  if (*c.speaker) { EXPECT_EQ(q.speaker, c.speaker); }
  EXPECT_EQ(q.via, c.via);
  if (c.mention) {
    std::string_view m = std::string_view(a.text).substr(q.speaker_mention.begin, q.speaker_mention.size());
    EXPECT_EQ(m, c.mention);
  }
  if (c.said_on) { EXPECT_EQ(q.said_on, c.said_on); }
  if (c.addressee) { EXPECT_EQ(q.addressee, c.addressee); }
  if (c.fragments) { EXPECT_EQ(q.fragments.size(), size_t(c.fragments)); }
  EXPECT_GT(q.confidence, 0.0);
  EXPECT_LE(q.confidence, 1.0);
  for (const Span& f : q.fragments) {
    EXPECT_LE(f.begin, f.end);
    EXPECT_LE(f.end, a.text.size());
  }
}

INSTANTIATE_TEST_SUITE_P(Table, ExtractorTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

// Every named rule fires on its own example sentence (quotes/internal/rules.h)
// with the speaker the table gives: the table documents each rule, and the
// test keeps the documentation true.
class RuleExampleTest : public ::testing::TestWithParam<int> {};

TEST_P(RuleExampleTest, FiresOnItsExample) {
  const quotes_internal::RuleInfo& rule = quotes_internal::kRules[GetParam()];
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle(std::string(rule.example)), &quotes);
  std::string seen;
  bool fired = false;
  for (const Quote& q : quotes) {
    seen += std::string(q.rule) + " [" + q.speaker + "] " + q.text + "\n";
    fired |= q.rule == rule.name && q.speaker == rule.example_speaker;
  }
  EXPECT_TRUE(fired) << rule.name << " on: " << rule.example << "\ngave:\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleExampleTest, ::testing::Range(0, int(quotes_internal::kRuleCount)),
                         [](const ::testing::TestParamInfo<int>& info) {
                           std::string name(quotes_internal::kRules[info.param].name);
                           for (char& c : name) if (c == '-') c = '_';
                           return name;
                         });

// Class and polarity: what the cue reports. Each sentence is written for
// the test, after the kinds of error a desk met: denials stored as
// assertions, events and refusals filed as speech.
struct ClassCase {
  const char* text;
  const char* content;     // a substring of the statement's text
  const char* klass;       // "speech", "belief", "intent", "event"
  const char* polarity;    // "asserts", "denies"
};

const ClassCase kClassCases[] = {
    {"Mr Novak earlier denied his budget forecasts were too rosy.", "his budget forecasts were too rosy", "speech",
     "denies"},
    {"Ida Kovacs rubbished claims that the bridge was unsafe.", "claims that the bridge was unsafe", "speech",
     "denies"},
    {"The ministry rejected reports that the talks had failed.", "reports that the talks had failed", "speech",
     "denies"},
    {"The carmaker declined to provide guidance on next year's profits.", "to provide guidance", "event", "asserts"},
    {"Ida Kovacs refused to say whether the bridge would reopen.", "whether the bridge would reopen", "event",
     "asserts"},
    {"The town council has offered 2m pounds to the ferry company.", "2m pounds", "event", "asserts"},
    {"The mayor blasted the contractors for the delays in May.", "the contractors", "event", "asserts"},
    {"The town aims to finish the new bridge by May.", "finish the new bridge", "intent", "asserts"},
    {"The town aims to conclude the bridge talks by May.", "the bridge talks by May", "intent", "asserts"},
    {"Ida Kovacs believes the bridge is safe for lorries.", "the bridge is safe", "belief", "asserts"},
    {"Ida Kovacs hopes that the bridge will reopen in May.", "the bridge will reopen", "belief", "asserts"},
    {"Ida Kovacs said the bridge would reopen in May.", "the bridge would reopen", "speech", "asserts"},
    // An act with an infinitive or an object noun phrase is no statement.
    {"Northwind Bank agreed to buy a rival lender for $2bn.", "to buy a rival lender", "event", "asserts"},
    {"The council decided to close the old ferry terminal.", "to close the old ferry", "event", "asserts"},
    {"Acme Motors unveiled plans to build a new factory in Leeds.", "plans to build a new factory", "event",
     "asserts"},
    {"The council announced a review of the ferry contract.", "a review of the ferry contract", "event", "asserts"},
    {"The council announced the ferry would stop in May.", "the ferry would stop in May", "speech", "asserts"},
    // A speech verb under negation reports nothing said; a negated belief
    // denies its content.
    {"A ministry spokesman did not say why the ferry was late.", "why the ferry was late", "event", "asserts"},
    {"The investors do not think the offer is high enough.", "the offer is high enough", "belief", "denies"},
    // The same acts with a clause are statements.
    {"Ida Kovacs agreed that the bridge had been badly built.", "the bridge had been badly built", "speech",
     "asserts"},
};

TEST(ExtractorClass, CueSenseAndContentShape) {
  QuoteOptions options;
  options.min_confidence = 0;  // the class, not the decision, is under test
  QuoteExtractor extractor(options);
  for (const ClassCase& c : kClassCases) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(c.text), &quotes);
    const Quote* found = nullptr;
    for (const Quote& q : quotes)
      if (q.text.find(c.content) != std::string::npos) found = &q;
    ASSERT_NE(found, nullptr) << c.text;
    EXPECT_EQ(StatementClassName(found->statement_class), c.klass) << c.text;
    EXPECT_EQ(PolarityName(found->polarity), c.polarity) << c.text;
  }
}

// "said on Sunday it had no evidence that ...": in an undated article the
// date phrase is still no content, and the near "that" belongs to the
// content, not to the cue (taking the content from it inverts the claim).
TEST(ExtractorContent, DatePhraseAfterCueInAnUndatedArticle) {
  QuoteExtractor extractor;
  Article a = MakeArticle(
      "A ministry spokesman said on Sunday it had no evidence that the bridge was unsafe.\n"
      "Ida Kovacs insisted on Wednesday it was time for the council to apologise.");
  a.published.clear();
  std::vector<Quote> quotes;
  extractor.Extract(a, &quotes);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].text, "it had no evidence that the bridge was unsafe");
  EXPECT_EQ(quotes[1].text, "it was time for the council to apologise");
  EXPECT_EQ(quotes[1].speaker, "Ida Kovacs");
  for (const Quote& q : quotes) EXPECT_EQ(q.said_on, "") << q.text;
}

// "Northwind Europe's general manager, Tom Baxter, said": the name in
// apposition is the speaker, the description its role, and a later "she"
// is the described person, not an earlier speaker.
TEST(ExtractorSpeakers, DescriptionThenNameInApposition) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Ida Kovacs said the bridge was unsafe.\n"
                                "Northwind Europe's general manager, Tom Baxter, said sales had doubled.\n"
                                "The ferry line's chief executive, Ann Lee, said profits rose. "
                                "\"We expect more,\" she said.\n"
                                "The report, Bridges of Europe, says traffic fell."),
                    &quotes);
  std::map<std::string, std::pair<std::string, std::string>> by_text;
  for (const Quote& q : quotes) by_text[q.text] = {q.speaker, q.speaker_role};
  EXPECT_EQ(by_text["sales had doubled"], std::make_pair(std::string("Tom Baxter"),
                                                         std::string("Northwind Europe's general manager")));
  EXPECT_EQ(by_text["profits rose"],
            std::make_pair(std::string("Ann Lee"), std::string("The ferry line's chief executive")));
  EXPECT_EQ(by_text["We expect more"].first, "Ann Lee");
  // A thing is no role: "The report" keeps its own name.
  EXPECT_NE(by_text["traffic fell"].first, "Bridges of Europe");
}

// "Lord Brandon Hale, head of the unit, who has run it since 2000, said":
// the name before the description and the clause speaks; "Ambassador Jon
// Ericsson of Norway": the place after "of" is no part of the name.
TEST(ExtractorSpeakers, NameDescriptionAndClauseBeforeTheCue) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Lord Brandon Hale, head of the league's integrity unit, who has run the unit "
                                "since 2000, said the penalty was derisory.\n"
                                "The chairman of the working party, Ambassador Jon Ericsson of Norway, warned "
                                "that there was still much to do."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Lord Brandon Hale");
  EXPECT_EQ(quotes[0].speaker_role, "head of the league's integrity unit");
  EXPECT_EQ(quotes[1].speaker, "Jon Ericsson");
}

// "X is improving, the operator said, but warned that Y": two statements,
// the second not glued to the first.
TEST(ExtractorContent, CoordinatedSecondCueAfterAnInterposedAttribution) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The freight market is improving, the operator said, but warned that it was not "
                                "yet benefiting from the growth.\n"
                                "Under the plan, aid would rise, the envoy said, and planned spending would "
                                "double."),
                    &quotes);
  std::vector<std::string> texts;
  for (const Quote& q : quotes) texts.push_back(q.speaker + ": " + q.text);
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "operator: The freight market is improving",
                       "operator: it was not yet benefiting from the growth",
                       "envoy: Under the plan, aid would rise and planned spending would double",
                   }));
}

// `said after the 4-0 win: "..."`: the prepositional tail before the colon
// is no part of the quote; `said the plan was good: "..."` keeps its clause.
TEST(ExtractorContent, PrepositionalTailBeforeAColonQuote) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The manager said after the 4-0 win on Saturday: \"We played well and deserved "
                                "it.\"\nIda Kovacs said the plan was good: \"It will work.\""),
                    &quotes);
  ASSERT_GE(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].text, "We played well and deserved it.");
  EXPECT_NE(quotes[1].text.find("the plan was good"), std::string::npos);
}

// "According to Pat Kerr, President of the pipeline company, work will
// begin": the role in apposition belongs to the source, not the content.
TEST(ExtractorContent, AccordingToNameAndRoleInApposition) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("According to Pat Kerr, President of the pipeline company, work will begin in "
                                "May.\nAccording to the survey, more than 45 million people in the UK, Germany "
                                "and France now use only a mobile."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].text, "work will begin in May");
  EXPECT_EQ(quotes[0].speaker, "Pat Kerr");
  EXPECT_EQ(quotes[0].speaker_role, "President of the pipeline company");
  EXPECT_NE(quotes[1].text.find("more than 45 million people in the UK"), std::string::npos);
}

// "Blair told to double overseas aid": the subject is the one addressed.
TEST(ExtractorClass, PassiveToldToIsAnEvent) {
  QuoteOptions options;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Kovacs told to resign over bridge delays"), &quotes);
  for (const Quote& q : quotes) EXPECT_EQ(q.statement_class, StatementClass::kEvent) << q.text;
}

// "Moscow rejects Trump's calls for a ceasefire": a cue word after a
// possessive is a noun; Trump said nothing here.
TEST(ExtractorSpeakers, CueAfterPossessiveIsANoun) {
  QuoteOptions options;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The council rejected Ida Kovacs's calls for a second bridge over the river."), &quotes);
  for (const Quote& q : quotes) EXPECT_NE(q.speaker, "Ida Kovacs") << q.text;
}

// "Peskov emphasized that relations ..., which he said are being rebuilt
// ...": the inner statement repeats part of the outer one of the same
// speaker and goes.
TEST(ExtractorText, NestedRepeatOfTheSameSpeakerIsDropped) {
  QuoteOptions options;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Ida Kovacs stressed that the new bridge, which she said was built in a hurry, "
                                "is safe for lorries."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ida Kovacs");
  EXPECT_NE(quotes[0].text.find("is safe for lorries"), std::string::npos);
}

// What the desk is shown: no events, no unattributed statements, and in a
// headline only a named speaker's own quote or "X says ...".
TEST(ExtractorDesk, HeadlinesEventsAndUnattributed) {
  QuoteOptions options;
  options.desk_view = true;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  auto desk = [&](const std::string& title, const std::string& text) {
    Article a = MakeArticle(text);
    a.title = title;
    std::vector<Quote> quotes;
    extractor.Extract(a, &quotes);
    std::vector<std::string> out;
    for (const Quote& q : quotes) out.push_back(q.speaker + ": " + q.text);
    return out;
  };
  // A headline fragment and a passive "told to" are titles, not statements.
  EXPECT_EQ(desk("Mayor blasts builders", "Mayor blasts builders\nIda Kovacs said the bridge was safe."),
            std::vector<std::string>{"Ida Kovacs: the bridge was safe"});
  EXPECT_EQ(desk("Kovacs told to close bridge", "Kovacs told to close bridge\nThe council met on Monday."),
            std::vector<std::string>{});
  // The speaker's own quote in a headline stays.
  EXPECT_EQ(desk("Kovacs says she 'will not close' bridge", "Kovacs says she 'will not close' bridge\nThe council met."),
            std::vector<std::string>{"Kovacs: she 'will not close' bridge"});
  // Events and refusals are no statements; neither is a question with no
  // speaker.
  EXPECT_EQ(desk("", "The carmaker declined to provide guidance on its profits.\n"
                     "Asked whether the plant would close, the spokesman said nothing more."),
            std::vector<std::string>{});
}

// The desk is shown statements of someone: a name, a person or group
// ("the jury", "analysts", "one of the jurors"), or a body that publishes
// ("a report"); not a thing ("the film tells ...", "the budget seeks
// ...") nor a pronoun with a clitic.
TEST(ExtractorDesk, SpeakersAreSomeoneNotSomething) {
  QuoteOptions options;
  options.desk_view = true;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  auto desk = [&](const std::string& text) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    std::vector<std::string> out;
    for (const Quote& q : quotes) out.push_back(q.speaker);
    return out;
  };
  EXPECT_EQ(desk("The documentary tells the story of a miner who returns home.\n"
                 "The film tells of a village that lost its school."),
            std::vector<std::string>{});
  EXPECT_EQ(desk("The new budget seeks to raise $4bn from fuel duty."), std::vector<std::string>{});
  EXPECT_EQ(desk("Analysts said the bank would raise rates.\nThe jury said the evidence was weak."),
            (std::vector<std::string>{"Analysts", "jury"}));
  EXPECT_EQ(desk("One of the jurors said the evidence was weak."), std::vector<std::string>{"One of the jurors"});
  EXPECT_EQ(desk("A report by the auditors said the scheme had lost money."),
            std::vector<std::string>{"report by the auditors"});
}

// Pronouns resolve to someone the article identifies as a person, or to no
// one: "he" after a place ("Cape Town") stays unresolved, "who" takes the
// name just before it, "it" and "I" name no registry speaker; honorifics
// are no roles.
TEST(ExtractorSpeakers, PronounsAndHonorifics) {
  QuoteOptions options;
  options.min_confidence = 0;
  QuoteExtractor extractor(options);
  auto speakers = [&](const std::string& text) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    std::vector<std::string> out;
    for (const Quote& q : quotes) out.push_back(q.speaker + "|" + q.speaker_role);
    return out;
  };
  EXPECT_EQ(speakers("The envoy flew on to Cape Town. At a school there, he said the plan would work."),
            std::vector<std::string>{"|"});
  EXPECT_EQ(speakers("Mayor Ida Kovacs visited the site. Later she said the bridge would reopen."),
            std::vector<std::string>{"Ida Kovacs|Mayor"});
  EXPECT_EQ(speakers("Reporters met Bill Novak, a local builder, who said the piers were cracked."),
            std::vector<std::string>{"Bill Novak|"});
  EXPECT_EQ(speakers("It said the piers were cracked."), std::vector<std::string>{"|"});
  EXPECT_EQ(speakers("Mr Bill Novak said the piers were cracked."), std::vector<std::string>{"Bill Novak|"});
}

// A noun for a person opening a name run of three words or more is the
// role ("Singer Tom Jones"); a group's name, a first name before an initial
// and a two-word name keep every word.
TEST(ExtractorSpeakers, PersonNounBeforeNameIsRole) {
  QuoteExtractor extractor;
  auto speaker = [&](const std::string& text) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    return quotes.empty() ? std::string("-") : quotes[0].speaker + "|" + quotes[0].speaker_role;
  };
  EXPECT_EQ(speaker("Farmer Petra Novak said the harvest had failed."), "Petra Novak|Farmer");
  EXPECT_EQ(speaker("Referee Petr Kovacs said the goal should have stood."), "Petr Kovacs|Referee");
  EXPECT_EQ(speaker("Farmers Against Pylons said the route was wrong."), "Farmers Against Pylons|");
  EXPECT_EQ(speaker("Guy Novak said the route was wrong."), "Guy Novak|");
  EXPECT_EQ(speaker("Michael J Novak said the route was wrong."), "Michael J Novak|");
}

// "the company said" after an organisation spoke is that organisation;
// with none, or after people ("Analysts said"), it stays as written.
TEST(ExtractorSpeakers, TheCompanyIsTheOrganisationThatSpoke) {
  QuoteExtractor extractor;
  auto speakers = [&](const std::string& text) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    std::vector<std::string> out;
    for (const Quote& q : quotes) out.push_back(q.speaker);
    return out;
  };
  EXPECT_EQ(speakers("Brightwater said sales rose by 4% in March.\nThe new plant will open in May, the company said."),
            (std::vector<std::string>{"Brightwater", "Brightwater"}));
  EXPECT_EQ(speakers("Analysts said sales rose by 4% in March.\nThe new plant will open in May, the company said."),
            (std::vector<std::string>{"Analysts", "company"}));
  EXPECT_EQ(speakers("The new plant will open in May, the company said."), std::vector<std::string>{"company"});
}

// "The Bank of Freedonia said": the organisation speaks, not the country
// after "of"; a person at an organisation stays the person.
TEST(ExtractorSpeakers, OrganisationOfPlaceIsOneName) {
  QuoteExtractor extractor;
  auto speaker = [&](const std::string& text) {
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    return quotes.empty() ? std::string("-") : quotes[0].speaker;
  };
  EXPECT_EQ(speaker("The Bank of Freedonia said inflation would fall."), "Bank of Freedonia");
  EXPECT_EQ(speaker("The National Union of Bakers said the strike would go ahead."), "National Union of Bakers");
  EXPECT_EQ(speaker("Petra Novak, an economist at the University of Freedonia, said inflation would fall."),
            "Petra Novak");
}

TEST(ExtractorRoles, RussianRoleBeforeNameWithCountryGenitive) {
  Article a = MakeArticle(
      "«Переговоры были крайне полезными», — заявил пресс-секретарь президента России Дмитрий Песков.");
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(a, &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Дмитрий Песков");
  EXPECT_EQ(quotes[0].speaker_role, "пресс-секретарь президента России");
  EXPECT_EQ(quotes[0].text, "Переговоры были крайне полезными");
}

TEST(ExtractorText, OnlyQuoteMarksAndClosingCommaAreStripped) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("“<script>alert(1)</script>…,” Peskov said."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "<script>alert(1)</script>…");
  extractor.Extract(MakeArticle("\"We will win,\" Trump said, \"and win big.\""), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "We will win and win big.");
  // A mixed statement keeps its inner marks balanced.
  extractor.Extract(MakeArticle("The talks were \"extremely useful,\" Peskov said."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "The talks were \"extremely useful,\"");
}

// `criticized X as a "crazy system" during a stop in Flint`: the content of
// an object labelled with a quoted phrase ends with the phrase; other words
// after it (`who "has never ..."`, `for ...`) stay.
TEST(ExtractorText, RegressionAsQuotedLabelEndsBeforeTimeAndPlaceTail) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Bill Clinton criticized the Affordable Care Act as a “crazy system” during a campaign "
                                "stop in Flint, Mich., on Monday."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "the Affordable Care Act as a “crazy system”");
  extractor.Extract(MakeArticle("Ham described Clinton as “a lifetime politician” who “has never accomplished a real "
                                "job in her life.”"),
                    &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_NE(quotes[0].text.find("never accomplished"), std::string::npos) << quotes[0].text;
}

// `appeared on MSNBC on Tuesday`: a weak cue followed by nothing but a
// place and time tail is no statement; `wants to preserve ...` still is.
TEST(ExtractorText, RegressionWeakCueWithOnlyATailReportsNothing) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Dean appeared on MSNBC on Tuesday."), &quotes);
  EXPECT_TRUE(quotes.empty()) << quotes[0].text;
  extractor.Extract(MakeArticle("The coalition wants to preserve its non-endorsement policy."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
}

// `saying during the debate, "That makes me smart," when Clinton blasted
// him ...`: the time tail before the quote and the clause after it are not
// content, and the clause after it is an attribution of its own.
TEST(ExtractorText, RegressionQuoteClosingOnCommaEndsContent) {
  ExpectStatements("The spot shows footage of Trump saying during the debate last week, “That makes me smart,” when "
                   "Clinton blasted him for not paying income tax.",
                   {{"That makes me smart", "Trump"}, {"him for not paying income tax", "Clinton"}});
}

// `in the Black Sea agreed upon on March 25`: a name inside an introductory
// phrase is not a speaker.
TEST(ExtractorSpeakers, RegressionNameInsideIntroPhraseIsNoSpeaker) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(
      MakeArticle("Despite a truce in the Black Sea agreed upon on March 25, Russia has continued attacking cities."),
      &quotes);
  for (const Quote& q : quotes) EXPECT_NE(q.speaker, "Black Sea") << q.text;
}

TEST(ExtractorText, RegressionInterposedAttributionFragments) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The museum, Mr. Obama said, would make visitors face uncomfortable truths."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  ASSERT_EQ(quotes[0].fragments.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Obama");
  EXPECT_NE(quotes[0].text.find("The museum"), std::string::npos) << quotes[0].text;
  EXPECT_NE(quotes[0].text.find("uncomfortable truths"), std::string::npos) << quotes[0].text;
  // An introductory phrase is not content: "On Monday, Peskov said, ...".
  extractor.Extract(MakeArticle("On Monday, Peskov said, the talks would go on."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].fragments.size(), 1u) << quotes[0].text;
}

TEST(ExtractorSpeakers, PassiveHasNoSpeaker) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("It was reported that the talks had stalled."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_TRUE(quotes[0].speaker.empty());
  EXPECT_EQ(quotes[0].speaker_mention.size(), 0u);
}

TEST(ExtractorReuse, ScratchDoesNotLeakBetweenArticles) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("\"We will win,\" Trump said."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  extractor.Extract(MakeArticle("Nothing to see here."), &quotes);
  EXPECT_TRUE(quotes.empty());
}

TEST(ExtractorOptions, IndirectCanBeTurnedOff) {
  QuoteOptions options;
  options.include_indirect = false;
  QuoteExtractor extractor(options);
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Peskov said the talks were useful. \"We will win,\" Trump said."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, StatementKind::kDirect);
}

TEST(WriteQuoteJsonl, OffsetsAreCodePoints) {
  Article a = MakeArticle("«Да», — сказал Песков.");
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(a, &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  std::string out;
  WriteQuoteJsonl(a, quotes, &out);
  EXPECT_NE(out.find("\"start\": 0, \"end\": 4"), std::string::npos) << out;
  EXPECT_NE(out.find("\"speaker\": \"Песков\""), std::string::npos) << out;
}

// `While the mayor said ..., Smith also noted ...`: the clause a sentence
// opens with a subordinator ends at the comma before the main clause, which
// is an attribution of its own; so does a coordinated clause with a subject
// and a cue of its own (`... and engineers warned that ...`).
TEST(ExtractorText, RegressionClauseOfAnotherSubjectEndsContent) {
  ExpectStatements("While the mayor said the budget was tight, Councilwoman Jane Smith also noted that the schools "
                   "needed repairs.",
                   {{"the budget was tight", "mayor"}, {"the schools needed repairs", "Jane Smith"}});
  ExpectStatements("Officials said the bridge was unsafe and engineers warned that repairs would take years.",
                   {{"the bridge was unsafe", "Officials"}, {"repairs would take years", "engineers"}});
  // Without a cue of its own the second clause stays content.
  ExpectStatements("Officials said the bridge was unsafe and engineers were worried.",
                   {{"the bridge was unsafe and engineers were worried", "Officials"}});
}

// PolNeAR marks the complementizer as part of the content: the span keeps
// "that", the statement text does not.
TEST(ExtractorText, ComplementizerInSpanNotInText) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  Article a = MakeArticle("Peskov said that the talks were useful.");
  extractor.Extract(a, &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "the talks were useful");
  ASSERT_EQ(quotes[0].fragments.size(), 1u);
  EXPECT_EQ(std::string_view(a.text).substr(quotes[0].fragments[0].begin, quotes[0].fragments[0].size()),
            "that the talks were useful");
}

// A weak cue with a quote, then a speech cue inside its content: the speech
// cue used to win and the weak one's statement was lost; now both stand.
TEST(ExtractorText, RegressionWeakQuotedCueBeforeSpeechCueKeepsBoth) {
  ExpectStatements("The union called the senator a “champion” for workers, citing her votes on overtime pay.",
                   {{"the senator a “champion” for workers", "union"}, {"her votes on overtime pay", "union"}});
  ExpectStatements("Only 40 percent of residents agreed that the mayor was “doing a good job,” while 55 percent said "
                   "she should resign.",
                   {{"the mayor was “doing a good job,”", "40 percent of residents"},
                    {"she should resign", "55 percent"}});
}

// A nested attribution is its own statement only when its content is a
// small part of the outer one; otherwise it repeats the outer statement.
TEST(ExtractorText, RegressionNestedStatementRepeatingTheOuterOneIsDropped) {
  ExpectStatements("Trump said that Clinton once described the trade pact as “the gold standard” of deals.",
                   {{"Clinton once described the trade pact as “the gold standard” of deals", "Trump"}});
  // `complained to the chairman that`: a prepositional "to" before "that"
  // is a tail to jump over, unlike an infinitive's.
  ExpectStatements("The senator said the bill stalled for weeks in committee and on the floor after lobbyists "
                   "complained to the chairman that it cost too much.",
                   {{"the bill stalled for weeks in committee and on the floor after lobbyists complained to the "
                     "chairman that it cost too much",
                     "senator"},
                    {"it cost too much", "lobbyists"}});
}

// `said A, and the council would ...`: after a comma, a conjunction with a
// subject and a finite verb of its own ends the reported content.
TEST(ExtractorText, RegressionCommaAndNewClauseEndsContent) {
  ExpectStatements("The mayor said the budget was balanced, and the council would vote on it in May.",
                   {{"the budget was balanced", "mayor"}});
}

// Raising verbs ("seems to") and passives ("is expected to") state no
// source: the statement has no speaker mention.
TEST(ExtractorSpeakers, RegressionRaisingVerbAndPassiveHaveNoSpeaker) {
  for (const char* text : {"The governor seems to favor a smaller budget this year.",
                           "The new tax is expected to raise billions for the state."}) {
    QuoteExtractor extractor;
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(text), &quotes);
    ASSERT_EQ(quotes.size(), 1u) << text;
    EXPECT_TRUE(quotes[0].speaker_mention.empty()) << text;
    EXPECT_EQ(quotes[0].speaker, "") << text;
  }
}

// A nested attribution through a weak cue with a fair prior ("criticized")
// is a statement of its own.
TEST(ExtractorText, RegressionNestedWeakCueIsItsOwnStatement) {
  ExpectStatements("The senator said that after a long and bitter fight over the budget, Governor Hale "
                   "criticized the plan.",
                   {{"after a long and bitter fight over the budget, Governor Hale criticized the plan", "senator"},
                    {"the plan", "Hale"}});
}

// `..., the governor said when asked whether ...`: the question is a
// statement with no stated source.
TEST(ExtractorText, RegressionWhenAskedQuestionHasNoSource) {
  ExpectStatements("“We will not stop,” the governor said when asked whether the plant would close.",
                   {{"We will not stop", "governor"}, {"whether the plant would close", ""}});
}

// `X urged voters to "..." and said ...`: the verb phrase with the quote
// before "and said" is a statement of its own.
TEST(ExtractorText, RegressionQuotedVerbPhraseBeforeAndSaid) {
  ExpectStatements("Ms. Ortiz implored the council to “finish what it started” and said the vote could wait.",
                   {{"the council to “finish what it started”", "Ortiz"}, {"the vote could wait", "Ortiz"}});
}

// `"...." Novak said both parties are "..."`: a name and a cue after a
// quote closing on a period start the next sentence when a clause of their
// own follows ("said as he ..." still closes the quote's sentence); the
// quote before them, with no attribution, is no statement.
TEST(ExtractorText, RegressionNameAndCueWithClauseAfterQuoteStartNextSentence) {
  ExpectStatements("“The plan is dead.” Novak said both parties were “out of ideas” on housing.",
                   {{"both parties were “out of ideas” on housing", "Novak"}});
}

// `X doubled down on his remarks about Y and said ...`: the speaker of a
// cue coordinated with an earlier verb phrase is the clause's subject.
TEST(ExtractorSpeakers, RegressionCueCoordinatedWithEarlierVerbPhrase) {
  ExpectStatements("In a radio interview with the local station, Kovacs doubled down on his remarks about the mayor "
                   "and said the budget was “a fraud” in every respect.",
                   {{"the budget was “a fraud” in every respect", "Kovacs"}});
}

// Words after the quote that the writer adds end a mixed statement's
// content: a second verb phrase after "but", a relative clause on the quoted
// words, and an appositive or a dash gloss.
TEST(ExtractorText, RegressionWritersGlossAfterQuoteIsNoContent) {
  ExpectStatements("Novak said he would cast “a protest vote” in the primary but did not name a candidate.",
                   {{"he would cast “a protest vote” in the primary", "Novak"}});
  ExpectStatements("Novak described the tariff as “reckless,” which is how his rivals describe his own plan.",
                   {{"the tariff as “reckless,”", "Novak"}});
  ExpectStatements("Novak said he was “relieved” by the ruling — a rare concession from the governor.",
                   {{"he was “relieved” by the ruling", "Novak"}});
  ExpectStatements("Novak said the count had been “rigged” from the start, a claim the election board rejected.",
                   {{"the count had been “rigged” from the start", "Novak"}});
}

// `..., a woman shouted "..."`, `..., she replied: "..."`: a clause with a
// subject and a speech cue of its own after a comma or colon ends the first
// statement's content and is a statement of its own.
TEST(ExtractorText, RegressionLaterClauseWithOwnSpeakerEndsContent) {
  ExpectStatements("Novak said the hall was full, a woman shouted “Let him speak!”",
                   {{"the hall was full", "Novak"}, {"Let him speak!", "woman"}});
  ExpectStatements("Novak said the vote was close; the mayor replied: “It was not close at all.”",
                   {{"the vote was close", "Novak"}, {"It was not close at all.", "mayor"}});
}

// `X urges ... and repeatedly says, "..."`: an adverb between "and" and the
// second speech cue; the second statement has the same speaker.
TEST(ExtractorText, RegressionAdverbBeforeCoordinatedSpeechCue) {
  ExpectStatements("Ms. Ortiz urges the guard to open the gate and repeatedly says, “Let them in,” until the lights go "
                   "out.",
                   {{"the guard to open the gate", "Ortiz"}, {"Let them in", "Ortiz"}});
}

// A place or time tail after the cue and then a comma: a participle after it
// leaves the content before the cue; a verb after it goes on with the words
// before the speaker (an interposed attribution).
TEST(ExtractorText, RegressionTailAfterCueThenCommaKeepsContentBefore) {
  ExpectStatements("The tariffs are “a gift to smugglers,” Novak said in Vienna, adding that talks would go on.",
                   {{"The tariffs are “a gift to smugglers,”", "Novak"}, {"talks would go on", "Novak"}});
  ExpectStatements("These drivers, Novak explained at the hearing, were “paid fairly” for every shift.",
                   {{"These drivers were “paid fairly” for every shift", "Novak"}});
}

// `told voters this weekend he would ...`: "this weekend" is a time tail, not
// content; an adverb before a participle clause of the writer's still ends
// the content there.
TEST(ExtractorText, RegressionRelativeTimeTailAndAdverbParticiple) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("The governor told Kovacs this weekend he would treat a veto as “a betrayal,” "
                                "openly staking his career on the bill."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "he would treat a veto as “a betrayal,”");
  EXPECT_EQ(quotes[0].addressee, "Kovacs");
}

// `X said that ..., although he wrote that he "..."`: a nested statement
// after a comma that holds the only quote is not part of the outer content.
TEST(ExtractorText, RegressionQuotedNestedStatementEndsOuterContent) {
  ExpectStatements("Petra Novak said that the summit would go ahead, although she wrote that she “regrets the delay.”",
                   {{"the summit would go ahead", "Petra Novak"}, {"she “regrets the delay.”", "Petra Novak"}});
}

// A quote after a colon that ends a sentence with no cue is a statement:
// the source is the name before the colon when only a dash or "from"
// stands before it, else the sentence's subject. So is one after a comma
// with no quote before it (of the subject, or of the last clause's);
// inside another statement's content it is no statement of its own.
TEST(ExtractorSpeakers, RegressionQuoteAfterColonOrCommaWithoutCue) {
  ExpectStatements("Novak said that if the council votes no, “the whole plan is dead.”",
                   {{"if the council votes no, “the whole plan is dead.”", "Novak"}});
  ExpectStatements("Kovacs went even further: “If the mayor runs again, she will lose.”",
                   {{"If the mayor runs again, she will lose.", "Kovacs"}});
  ExpectStatements("Suburbs drift away - Ida Novak: “Turnout in the suburbs rose by a third this year.”",
                   {{"Turnout in the suburbs rose by a third this year.", "Ida Novak"}});
  ExpectStatements("More from Novak: “The cities moved the other way.”", {{"The cities moved the other way.", "Novak"}});
  // A bracketed source tag may close the sentence.
  ExpectStatements("Suburbs drift away - Ida Novak: “Turnout rose in every county we surveyed.” [Gazette.]",
                   {{"Turnout rose in every county we surveyed.", "Ida Novak"}});
  // A participle before the colon is no source.
  ExpectStatements("Governor Ida Kovacs took to the radio, writing: “We will rebuild the bridge.”",
                   {{"We will rebuild the bridge.", "Ida Kovacs"}});
}

// A sentence opening with a quote that closes on a comma, "?" or "!", then
// a name and a verb the lexicon lacks (or the verb first): the quote is a
// statement of that name.
TEST(ExtractorSpeakers, RegressionOpeningQuoteWithVerbTheLexiconLacks) {
  ExpectStatements("“That was a disgrace,” Kovacs shot back with a laugh.", {{"That was a disgrace", "Kovacs"}});
  ExpectStatements("“We made it!” beamed Ida Novak, who drove six hours to the rally.",
                   {{"We made it!", "Ida Novak"}});
  ExpectStatements("“The way I see it,” she fumed, “nobody asked the voters.”",
                   {{"The way I see it nobody asked the voters.", ""}});
}

// `... “dead on arrival,” adding, “...”`: a participle right after a quote
// that closes on a comma reports for the same speaker (the comma inside
// the marks used to hide it); a nested attribution in the first content
// stays.
TEST(ExtractorText, RegressionParticipleAfterQuoteClosingOnComma) {
  ExpectStatements("Novak told the radio host that the plan was “dead on arrival,” adding, “Nobody will vote for it.”",
                   {{"the plan was “dead on arrival,”", "Novak"}, {"Nobody will vote for it.", "Novak"}});
  ExpectStatements("Kovacs criticized the long delays in the repair of the old bridge and the mayor’s claim that it "
                   "was “perfectly safe,” saying the engineers disagreed.",
                   {{"the long delays in the repair of the old bridge and the mayor’s claim that it was “perfectly "
                     "safe,”",
                     "Kovacs"},
                    {"it was “perfectly safe,”", "mayor’s"},
                    {"the engineers disagreed", "Kovacs"}});
}

// `X said A, but said, “B”`: after a comma too, "and"/"but" and a second
// reporting verb report for the same subject.
TEST(ExtractorSpeakers, RegressionCommaButSaidContinuesSpeaker) {
  ExpectStatements("Novak said the members would still meet in the spring, but said, “We have to change how we vote.”",
                   {{"the members would still meet in the spring", "Novak"}, {"We have to change how we vote.", "Novak"}});
}

// `X <verb phrase the lexicon lacks> Y as a "..."` with the subject after an
// introductory phrase, an aside between subject and verb, a party tag, an
// irregular participle; a dash after the quote opens the writer's aside.
TEST(ExtractorText, RegressionSubjectVerbQuoteVariants) {
  ExpectStatements("In recent days, Kovacs has gone after the mayor as a “paper tiger” and a “coward.”",
                   {{"after the mayor as a “paper tiger” and a “coward.”", "Kovacs"}});
  ExpectStatements("Senator Ida Novak (D-Ore.), above all, has been quietly mocking the plan as a “fairy tale” ― "
                   "much as she did in 2019.",
                   {{"the plan as a “fairy tale”", "Ida Novak"}});
}

// "as <source> put it" opening or closing a sentence introduces the source's
// words; "put it" elsewhere reports nothing.
TEST(ExtractorText, RegressionAsSourcePutIt) {
  ExpectStatements("As one union leaflet put it, the new schedule is “a trap for night workers.”",
                   {{"the new schedule is “a trap for night workers.”", "one union leaflet"}});
  ExpectStatements("In short, the only test for the grant is a “proven need,” as a ministry memo put it.",
                   {{"the only test for the grant is a “proven need,”", "ministry memo"}});
  ExpectStatements("She put it on the shelf, as she always does.", {});
}

// `began taking calls from ...`: after a verb and a gerund a cue word in -s
// is a plural noun; `Exit polling shows ...` still reports.
TEST(ExtractorText, RegressionCueNounAfterGerund) {
  ExpectStatements("In 2009 the Rev. Ida Novak began taking calls from listeners to her “Straight Talk” hour.", {});
  ExpectStatements("Exit polling shows the mayor won most voters under 30.",
                   {{"the mayor won most voters under 30", "Exit polling"}});
}

// `told MSNBC's "Morning Joe" that ...`: a quoted show name is the
// addressee, not content.
TEST(ExtractorText, RegressionQuotedShowNameIsTheAddressee) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Novak told CNN’s “Early Start” that the budget would pass."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "the budget would pass");
}

// Where it was said is no content: a quoted show name in the tail before
// "that", and "in a tweet" / "on Twitter" after the quoted words.
TEST(ExtractorText, RegressionShowNameAndMediumAreNoContent) {
  ExpectStatements("Novak said on NBC’s “Meet the Voters” that he would “look hard” at the bill.",
                   {{"he would “look hard” at the bill", "Novak"}});
  ExpectStatements("Novak called the count “rigged” in a tweet on Tuesday.", {{"the count “rigged”", "Novak"}});
}

// Sentence ends: a name, a cue, a comma and a quote after a quote closing on
// a period open the next statement; so does a parenthesis after a period.
TEST(ExtractorText, RegressionSentenceEndsBeforeCueCommaQuoteAndParenthesis) {
  ExpectStatements("Novak said voters wanted “a real choice.” Kovacs says, “They already have one.”",
                   {{"voters wanted “a real choice.”", "Novak"}, {"They already have one.", "Kovacs"}});
  ExpectStatements("The hall went quiet as the vote was read. (“We lost fair and square,” one delegate said.)",
                   {{"We lost fair and square", "one delegate"}});
}

// A participle cue opening the sentence (alone or after "after") reports
// for the main clause's subject after the comma; the main clause is
// searched on its own.
TEST(ExtractorSpeakers, RegressionOpeningParticipleSpeaksForMainSubject) {
  ExpectStatements("After saying her voice was “too hoarse for another speech,” Ida Novak walked out.",
                   {{"her voice was “too hoarse for another speech,”", "Ida Novak"}});
  ExpectStatements("Noting that the vote would be “very close,” Kovacs said the council would meet again in June.",
                   {{"the vote would be “very close,”", "Kovacs"}, {"the council would meet again in June", "Kovacs"}});
  ExpectStatements("Acknowledging that the plan “has a few rough edges,” though, Kovacs did defend its budget.",
                   {{"the plan “has a few rough edges,”", "Kovacs"}});
}

// A paragraph closing on a colon with no cue the colon rule can use, and a
// quoted paragraph after it: the sentence's subject speaks.
TEST(ExtractorSpeakers, RegressionColonSentenceWithoutCueIntroducesQuotedParagraph) {
  ExpectStatements("On March 3, 2014, Novak made the following comment:\n“For older workers, the odds of finding "
                   "another job within a year are low.”",
                   {{"For older workers, the odds of finding another job within a year are low.", "Novak"}});
  ExpectStatements("Kovacs went on to say:\n“Nobody in this town wants another bridge.”",
                   {{"Nobody in this town wants another bridge.", "Kovacs"}});
}

// A participle's subject after a connective ("Then he ..., calling"): the
// comma before the cue closes no introductory phrase. A word after the
// subject's comma that is neither a participle nor a past tense ("Kovacs,
// eager to ...,") opens an aside, not the reporting verb.
TEST(ExtractorSpeakers, RegressionParticipleSubjectAfterConnective) {
  ExpectStatements("Then he turned on Novak, calling him a \"dud\" and accusing him of behaving as a \"sore loser.\"",
                   {{"him a \"dud\"", ""}, {"him of behaving as a \"sore loser.\"", ""}});
  ExpectStatements("But Ida Kovacs, eager all evening to jab her rivals for failing to lead, attacked Novak for dodging "
                   "the question.",
                   {{"Novak for dodging the question", "Ida Kovacs"}});
}

// "with" before a comma and a participle opens no clause of its own
// (`..., with the mayor saying ...` does): the participle keeps the
// sentence's subject.
TEST(ExtractorSpeakers, RegressionWithPhraseBeforeCommaParticiple) {
  ExpectStatements("Kovacs cheered in Tulsa with volunteers, calling the result “a fine evening for our county.”",
                   {{"the result “a fine evening for our county.”", "Kovacs"}});
}

// A participle after a quote that closes on a comma (`on “Morning Call,”
// calling ...`) reports for the sentence's subject.
TEST(ExtractorSpeakers, RegressionParticipleAfterQuotedTitleWithComma) {
  ExpectStatements("Kovacs, who backs the mayor, trashed the audit on the radio show “Morning Call,” calling it a "
                   "“hatchet job” from start to finish.",
                   {{"it a “hatchet job” from start to finish", "Kovacs"}});
}

// A later participle after "and" reports for the same speaker: across a
// quoted label after "as" and after a dash.
TEST(ExtractorSpeakers, RegressionLaterParticipleAfterAnd) {
  ExpectStatements("In May, Novak wrote her a note, addressing her warmly as “Ida” and telling her, “you are the best "
                   "mayor this town has had.”",
                   {{"her a note", "Novak"}, {"you are the best mayor this town has had.", "Novak"}});
  ExpectStatements("Kovacs pushed back on those claims Friday, saying that the plan was sound but was sunk by bad timing "
                   "- and arguing that he and Novak shared \"nearly all the same goals.\"",
                   {{"the plan was sound", "Kovacs"}, {"he and Novak shared \"nearly all the same goals.\"", "Kovacs"}});
}

// `X said ..., and called it "..."`: a weak cue after "and" goes on with
// the speaker when a quote follows it closely.
TEST(ExtractorSpeakers, RegressionAndWeakCueBeforeQuoteContinuesSpeaker) {
  ExpectStatements("Senator Ida Novak said the tax plan would help only the rich, and called it \"a gift to the donor "
                   "class.\"",
                   {{"the tax plan would help only the rich", "Ida Novak"},
                    {"it \"a gift to the donor class.\"", "Ida Novak"}});
}

// A participle the lexicon lacks after the content's comma, whose clause
// holds a quote and no cue, reports for the same speaker.
TEST(ExtractorSpeakers, RegressionUnknownParticipleWithQuoteContinuesSpeaker) {
  ExpectStatements("Mayor Ida Kovacs is again questioning the count in the county, nudging her voters to watch the polls "
                   "to be sure the vote is \"clean and fair.\"",
                   {{"the count in the county", "Ida Kovacs"},
                    {"her voters to watch the polls to be sure the vote is \"clean and fair.\"", "Ida Kovacs"}});
  // So after a closing attribution; "going on to <verb>" is the cue.
  ExpectStatements("\"It is silly to bring that up again,\" Novak said, going on to say that the town has spent \"years "
                   "fighting about all that.\"",
                   {{"It is silly to bring that up again", "Novak"},
                    {"the town has spent \"years fighting about all that.\"", "Novak"}});
  ExpectStatements("\"The plan cannot pass this year,\" the council said, reasoning that the mayor had \"no votes left "
                   "to spend.\"",
                   {{"The plan cannot pass this year", "council"}, {"the mayor had \"no votes left to spend.\"", "council"}});
}

// Inside a content, "and" before a participle cue (of the same speaker, or
// of a name of its own) ends it; the participle is a statement of its own.
TEST(ExtractorSpeakers, RegressionAndParticipleEndsContent) {
  ExpectStatements("After the talks, the two men spoke warmly, with Novak saying he was \"deeply encouraged\" and "
                   "Kovacs calling it a \"very good start.\"",
                   {{"he was \"deeply encouraged\"", "Novak"}, {"it a \"very good start.\"", "Kovacs"}});
  ExpectStatements("Kovacs went on the radio, calling the plan \"a total fraud\" and accusing the mayor of \"hiding the "
                   "numbers.\"",
                   {{"the plan \"a total fraud\"", "Kovacs"}, {"the mayor of \"hiding the numbers.\"", "Kovacs"}});
}

// A dash and "while" after the quoted words open the writer's clause.
TEST(ExtractorText, RegressionDashWhileEndsContent) {
  ExpectStatements("Novak answered the attack by pointing to his \"A-plus\" rating from the teachers union — while his "
                   "critics have accused him of ignoring the schools.",
                   {{"his \"A-plus\" rating from the teachers union", "Novak"}});
}

// In a participle's content, a time clause after the quote ("when pressed
// ...", "after the talks ...") is the writer's.
TEST(ExtractorText, RegressionParticipleQuoteThenTimeClause) {
  ExpectStatements("Senator Ida Kovacs lost her temper at the hearing, telling him, “Why does that matter now?” when "
                   "pressed about the missing funds.",
                   {{"Why does that matter now?", "Ida Kovacs"}});
  ExpectStatements("At the hall, a group of nurses marched for an hour, chanting \"fair pay now\" after the talks broke "
                   "down.",
                   {{"fair pay now", "group"}});
}

// "and then <verb>" ends a content and goes on with the same speaker, as
// "and <verb>" does.
TEST(ExtractorSpeakers, RegressionAndThenVerbContinuesSpeaker) {
  ExpectStatements("Novak attacked the auditor, calling her a \"weak auditor,\" and then posted that she was \"a "
                   "fraud!\"",
                   {{"the auditor", "Novak"},
                    {"her a \"weak auditor,\"", "Novak"},
                    {"she was \"a fraud!\"", "Novak"}});
}

// A quoted paragraph signed in the next one by a dash and a name.
TEST(ExtractorSpeakers, RegressionQuotedParagraphSignedByDashName) {
  ExpectStatements("\"We will fix the roads this year.\"\n- Ida Novak.", {{"We will fix the roads this year.", "Ida Novak"}});
  ExpectStatements("\"Great speech. She is ready.\"\n-Mayor Kovacs, writing after the speech.",
                   {{"Great speech. She is ready.", "Kovacs"}});
}

// After a closing attribution, a participle clause running into a quote
// without a comma before it is no split quote's second half.
TEST(ExtractorText, RegressionParticipleClauseIsNoContinuationQuote) {
  ExpectStatements("\"The budget had everything: a bridge, a stadium,\" says the ad's narrator, going on to list a "
                   "series of other \"favors.\"",
                   {{"The budget had everything: a bridge, a stadium", "ad's narrator"},
                    {"a series of other \"favors.\"", "ad's narrator"}});
  // With the comma it is one (`..., pausing for effect, "and ..."`).
  ExpectStatements("\"Every time you say that,\" Novak said, pausing for effect, \"you help the other side.\"",
                   {{"Every time you say that you help the other side.", "Novak"}});
}

// A quote opening a multi-paragraph chain after another speaker's statement
// belongs to the chain's own attribution when that names someone else.
TEST(ExtractorSpeakers, RegressionMultiParagraphChainGoesToItsOwnSpeaker) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("“It is a warning to everyone,” Rep. Ida Novak said Friday. “If the vote fails, we "
                                "start over.\n“And I doubt we can,” added Rep. Petr Kovacs."),
                    &quotes);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Ida Novak");
  EXPECT_EQ(quotes[0].text, "It is a warning to everyone");
  EXPECT_EQ(quotes[1].speaker, "Petr Kovacs");
  EXPECT_NE(quotes[1].text.find("If the vote fails"), std::string::npos) << quotes[1].text;
}

// `describing as "reckless" a plan to ...`: with the quoted label before
// the object, the object is the writer's pointer; the content ends with the
// label.
TEST(ExtractorText, RegressionLabelBeforeShiftedObject) {
  ExpectStatements("Mayor Ida Novak is describing as “reckless” a plan to close the night shelters.",
                   {{"as “reckless”", "Ida Novak"}});
}

// Markup with attributes outside quotations splits the text (a converter's
// `<tweet author="...">` placeholder pairs no quotes); inside a quotation it
// is the speaker's words, kept whole.
TEST(ExtractorText, MarkupTagsOutsideQuotesSplitInsideQuotesStay) {
  ExpectStatements("Novak said the vote was close. <post author=\"@kovacs\" date=\"2026-01-02\">Recount now!</post>",
                   {{"the vote was close", "Novak"}});
  ExpectStatements("“<img src=x onerror=\"alert(1)\"> was useful,” Novak said.",
                   {{"<img src=x onerror=\"alert(1)\"> was useful", "Novak"}});
}

// "A spokesman for Mr Novak said": the representative speaks for the
// principal; the statement is not the principal's own words.
TEST(ExtractorSpeakers, RepresentativeSpeaksOnBehalfOfPrincipal) {
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle("Mayor Ida Novak met the hauliers on Monday.\n"
                                "A spokeswoman for Ms Novak said the toll would be cut next month.\n"
                                "Ms Novak's press secretary said the council had not agreed the figures."),
                    &quotes);
  std::vector<const Quote*> said;
  for (const Quote& q : quotes)
    if (!q.speaker.empty()) said.push_back(&q);
  ASSERT_EQ(said.size(), 2u);
  EXPECT_EQ(said[0]->speaker, "Ida Novak's spokeswoman");
  EXPECT_EQ(said[0]->on_behalf_of, "Ida Novak");
  EXPECT_EQ(said[1]->speaker, "Ida Novak's press secretary");
  EXPECT_EQ(said[1]->on_behalf_of, "Ida Novak");
  // Her own words still go to her.
  quotes.clear();
  extractor.Extract(MakeArticle("\"We will cut the toll,\" Mayor Ida Novak said."), &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ida Novak");
  EXPECT_TRUE(quotes[0].on_behalf_of.empty());
}

}  // namespace
}  // namespace qtrack

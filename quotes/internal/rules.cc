// File: quotes/internal/rules.cc
//
// The rule table. Priors of the cue-less rules were measured on PolNeAR
// train as the share of their statements that match a gold one (rounded);
// the decision model (quotes/decision_model.h) refines them per statement.
// Every example is a sentence written for this table.
#include "quotes/internal/rules.h"

namespace qtrack::quotes_internal {

const RuleInfo kRules[kRuleCount] = {
    {"cue", 0, "Mayor Ida Kovacs said the bridge would reopen in May.", "Ida Kovacs"},
    {"cue-inverted", 0, "\"The bridge will reopen in May,\" said Ida Kovacs.", "Ida Kovacs"},
    {"cue-continued", 0, "Ida Kovacs described the plan, adding that the bridge would reopen.",
     "Ida Kovacs"},
    {"cue-infinitive", 0, "Ida Kovacs went on to say that the bridge will reopen in May.",
     "Ida Kovacs"},
    {"cue-coordinated", 0, "Ida Kovacs laughed and said, \"The bridge is fine.\"", "Ida Kovacs"},
    {"cue-opening-participle", 0,
     "After saying the bridge was \"perfectly safe,\" Ida Kovacs closed it anyway.", "Ida Kovacs"},
    {"cue-participle-subject", 0,
     "Ida Kovacs closed the bridge on Monday, citing \"serious cracks\" in its piers.",
     "Ida Kovacs"},
    {"cue-passive-it", 0, "It was reported that the bridge would reopen in May.", ""},
    {"according-to", 0, "The bridge will reopen in May, according to Ida Kovacs.", "Ida Kovacs"},
    {"noun-cue", 0, "Ida Kovacs's claim that the bridge is safe was disputed by engineers.",
     "Ida Kovacs"},
    {"colon-quote", 0.6f, "Ida Kovacs commented: \"The bridge is perfectly safe.\"", "Ida Kovacs"},
    {"closing-verb", 0.6f, "\"Why would anyone close it?\" Kovacs scoffed.", "Kovacs"},
    {"as-put-it", 0.6f, "As Ida Kovacs put it, the bridge is older than the town.", "Ida Kovacs"},
    {"quote-after-colon", 0.5f, "Ida Kovacs went even further: \"The bridge will outlive us.\"",
     "Ida Kovacs"},
    {"opening-quote", 0.6f, "\"This is a great day,\" Ida Kovacs beamed at the crowd.", "Ida Kovacs"},
    {"verb-that", 0.4f, "Engineers reckoned that the bridge was safe for heavy lorries.",
     "Engineers"},
    {"subject-verb-quote", 0.4f, "Ida Kovacs branded the bridge a \"rusting disgrace\" last week.",
     "Ida Kovacs"},
    {"in-source", 0.4f, "In the latest poll, the mayor leads her rival by six points.",
     "latest poll"},
    {"asked-question", 0.5f,
     "Asked whether the bridge would reopen, the mayor said she did not know.", ""},
    {"when-asked", 0.5f,
     "\"The bridge is safe,\" Kovacs said when asked whether it would reopen soon.", ""},
    {"unknown-participle", 0.4f,
     "Ida Kovacs praised the crews, encouraging residents to keep using the \"old ferry\" for now.",
     "Ida Kovacs"},
    {"speaker-label", 0.5f, "KOVACS: The bridge will reopen in May, and not a day later.", "KOVACS"},
    {"dash-signed", 0.8f, "\"The bridge will outlive us all.\" \u2015 Ida Kovacs", "Ida Kovacs"},
    {"signed-paragraph", 0.8f, "\"The bridge will outlive us all.\"\n\n- Ida Kovacs.", "Ida Kovacs"},
    {"colon-paragraph", 0, "Ida Kovacs said:\n\nThe bridge will reopen in May.", "Ida Kovacs"},
    {"colon-paragraph-subject", 0.5f,
     "Ida Kovacs made the following comment:\n\n\"The bridge will reopen in May.\"", "Ida Kovacs"},
    {"quote-interrupted", 0.8f, "«Поле вспахали за неделю, — говорит фермер Иван Кузьмин, — и сразу начали сеять».",
     "Иван Кузьмин"},
    {"conduit", 0.7f, "Міст через Ірпінь відкриють до кінця травня, повідомляє Укрінформ.", "Укрінформ"},
    {"about-this", 0.8f, "Міст через Ірпінь відкриють до кінця травня. Про це повідомив мер Олександр Маркушин.",
     "Олександр Маркушин"},
};

}  // namespace qtrack::quotes_internal

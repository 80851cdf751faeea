// Table-driven tests of the extractor on Russian and Ukrainian news, as
//   sentence → kind / speaker / role / conduit / content / polarity.
// Every sentence is written for this file, modelled on how Russian and
// Ukrainian agencies word their reports (none is taken from an evaluation
// set). The Ukrainian cases are the only Ukrainian gold the project has.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/extractor.h"
#include "quotes/quote_eval.h"

namespace qtrack {
namespace {

struct CyrillicCase {
  const char* name;
  const char* text;                // paragraphs separated by '\n'
  const char* language = "";       // Article::language; "" = detect from the text
  const char* kind = "";           // "direct" | "mixed" | "indirect"; "" = no statement at all
  const char* content = "";        // a substring of Quote::text
  const char* speaker = nullptr;   // resolved speaker, exactly ("" = none)
  const char* role = nullptr;      // exactly
  const char* via = "";            // conduit, exactly ("" = none)
  const char* mention = nullptr;   // the speaker mention as written
  const char* polarity = "asserts";
  const char* klass = nullptr;     // "speech", "belief", …
  const char* said_on = nullptr;
  const char* not_in_text = nullptr;  // must not occur in Quote::text
  int statements = -1;             // how many statements in all; -1 = not checked
};

const CyrillicCase kCases[] = {
    // --- the lexicon: every form of a reporting verb, in both languages --------
    {.name = "ru_feminine_past",
     .text = "Официальный представитель МИД Мария Захарова заявила, что Москва ответит на новые санкции.",
     .kind = "indirect", .content = "Москва ответит на новые санкции", .speaker = "Мария Захарова"},
    {.name = "ru_present_tense_claims",
     .text = "Министр финансов Антон Силуанов утверждает, что бюджет будет исполнен без дефицита.",
     .kind = "indirect", .content = "бюджет будет исполнен", .speaker = "Антон Силуанов"},
    {.name = "ru_says_direct_dash",
     .text = "«Мы готовы к переговорам без предварительных условий», — говорит посол Алексей Полищук.",
     .kind = "direct", .content = "Мы готовы к переговорам", .speaker = "Алексей Полищук"},
    {.name = "ru_gerund_continues_the_subject",
     .text = "Песков ответил на вопрос журналистов, заявив, что переговоры продолжаются.",
     .kind = "indirect", .content = "переговоры продолжаются", .speaker = "Песков"},
    {.name = "ru_denial",
     .text = "Министр обороны Андрей Белоусов опроверг сообщения о переброске войск к границе.",
     .kind = "indirect", .content = "сообщения о переброске войск", .speaker = "Андрей Белоусов",
     .polarity = "denies"},
    {.name = "ru_belief",
     .text = "Политолог Сергей Марков считает, что выборы пройдут без сюрпризов.",
     .kind = "indirect", .content = "выборы пройдут без сюрпризов", .speaker = "Сергей Марков",
     .klass = "belief"},
    {.name = "uk_past_tense_is_no_gerund",
     .text = "«Ми не погодимося на заморожування конфлікту», — заявив речник МЗС Георгій Тихий.",
     .kind = "direct", .content = "Ми не погодимося", .speaker = "Георгій Тихий"},
    {.name = "uk_past_tense_declared_language",
     .text = "«Готові до перемовин», — заявив Сибіга.", .language = "uk",
     .kind = "direct", .content = "Готові до перемовин", .speaker = "Сибіга"},
    {.name = "uk_present_tense_says",
     .text = "Олена Кондратюк каже, що парламент ухвалить закон наступного тижня.",
     .kind = "indirect", .content = "парламент ухвалить закон", .speaker = "Олена Кондратюк"},
    {.name = "uk_belief",
     .text = "Військовий експерт Олексій Мельник вважає, що наступ почнеться восени.",
     .kind = "indirect", .content = "наступ почнеться восени", .speaker = "Олексій Мельник",
     .klass = "belief"},
    {.name = "uk_denial",
     .text = "Центр протидії дезінформації спростував фейк про мобілізацію жінок з першого серпня.",
     .kind = "indirect", .content = "фейк про мобілізацію жінок", .polarity = "denies"},
    {.name = "uk_denial_negates",
     .text = "Речник Повітряних сил Юрій Ігнат заперечив, що ворог знищив аеродром.",
     .kind = "indirect", .content = "ворог знищив аеродром", .speaker = "Юрій Ігнат", .polarity = "denies"},
    {.name = "uk_stressed",
     .text = "Прем'єр-міністр Денис Шмигаль наголосив, що уряд збільшить видатки на оборону.",
     .kind = "indirect", .content = "уряд збільшить видатки", .speaker = "Денис Шмигаль"},
    // --- reported-speech forms: the dashes, the speaker after the cue --------------
    {.name = "ru_quote_em_dash_said_speaker_addressee",
     .text = "«Вопрос о встрече пока не стоит», — сказал Песков журналистам.",
     .kind = "direct", .content = "Вопрос о встрече пока не стоит", .speaker = "Песков", .mention = "Песков"},
    {.name = "ru_quote_en_dash",
     .text = "«Вопрос о встрече пока не стоит», – сказал Дмитрий Песков.",
     .kind = "direct", .content = "Вопрос о встрече", .speaker = "Дмитрий Песков"},
    {.name = "ru_quote_hyphen",
     .text = "«Вопрос о встрече пока не стоит», - сказал Дмитрий Песков.",
     .kind = "direct", .content = "Вопрос о встрече", .speaker = "Дмитрий Песков"},
    {.name = "ru_hyphen_glued_to_quote",
     .text = "\"Зарплаты не растут третий год\",- говорит водитель Олег Кравцов.",
     .kind = "direct", .content = "Зарплаты не растут", .speaker = "Олег Кравцов"},
    {.name = "ru_addressee_before_speaker",
     .text = "«Вопрос о встрече пока не стоит», — сказал журналистам Дмитрий Песков.",
     .kind = "direct", .content = "Вопрос о встрече", .speaker = "Дмитрий Песков", .mention = "Дмитрий Песков"},
    {.name = "ru_outlet_before_speaker_is_conduit",
     .text = "«Вопрос о встрече пока не стоит», — заявил в интервью ТАСС пресс-секретарь президента Дмитрий Песков.",
     .kind = "direct", .content = "Вопрос о встрече", .speaker = "Дмитрий Песков", .via = "ТАСС",
     .mention = "пресс-секретарь президента Дмитрий Песков"},
    {.name = "ru_outlet_after_speaker_is_conduit",
     .text = "«Вопрос о встрече пока не стоит», — заявил Песков в интервью РИА Новости.",
     .kind = "direct", .content = "Вопрос о встрече", .speaker = "Песков", .via = "РИА Новости"},
    {.name = "ru_quantifier_speaker", .text = "«Зарплаты не растут третий год», - говорит один из водителей.",
     .kind = "direct", .content = "Зарплаты не растут", .mention = "один из водителей"},
    {.name = "uk_quote_dash_stated_role_and_name",
     .text = "«Ми не віддамо жодного міста», — заявив 14 квітня президент України Володимир Зеленський.",
     .kind = "direct", .content = "Ми не віддамо жодного міста", .speaker = "Володимир Зеленський",
     .role = "президент України", .said_on = "2025-04-14"},
    {.name = "uk_speaker_then_medium",
     .text = "«Ми не віддамо жодного міста», — наголосив Зеленський у вечірньому зверненні.",
     .kind = "direct", .content = "жодного міста", .speaker = "Зеленський", .mention = "Зеленський"},
    {.name = "ru_cue_between_two_quotes",
     .text = "«Россия готова к диалогу», — сказал Лавров, — «но не на любых условиях».",
     .kind = "direct", .content = "но не на любых условиях", .speaker = "Лавров"},
    {.name = "uk_cue_between_two_quotes",
     .text = "«Ми готові до діалогу», — сказав Сибіга, — «але не ціною територій».",
     .kind = "direct", .content = "але не ціною територій", .speaker = "Сибіга"},
    {.name = "ru_cue_inside_one_quote",
     .text = "«Поле вспахали за неделю, — говорит фермер Иван Кузьмин, — и сразу начали сеять».",
     .kind = "direct", .content = "Поле вспахали за неделю и сразу начали сеять", .speaker = "Иван Кузьмин",
     .not_in_text = "говорит"},
    {.name = "uk_cue_inside_one_quote",
     .text = "«Міст відкриють у травні, — сказав мер Ігор Терехов, — а дорогу наприкінці літа».",
     .kind = "direct", .content = "а дорогу наприкінці літа", .speaker = "Ігор Терехов", .role = "мер",
     .not_in_text = "»"},
    {.name = "ru_nested_lapki_in_elochki",
     .text = "«Мы называем это „спецоперацией“ и будем называть впредь», — сказал он.",
     .kind = "direct", .content = "„спецоперацией“ и будем", .mention = "он"},
    {.name = "ru_interposed_cue",
     .text = "Переговоры в Стамбуле, утверждает глава МИД Сергей Лавров, зашли в тупик.",
     .kind = "indirect", .content = "Переговоры в Стамбуле зашли в тупик", .speaker = "Сергей Лавров",
     .role = "глава МИД", .not_in_text = "утверждает"},
    {.name = "uk_interposed_belief",
     .text = "Ситуація на фронті, вважає аналітик Олексій Мельник, залишається складною.",
     .kind = "indirect", .content = "Ситуація на фронті залишається складною", .speaker = "Олексій Мельник",
     .klass = "belief"},
    {.name = "ru_interposed_without_verb_after_is_a_tail",
     .text = "Цены на топливо вырастут, говорят аналитики, уже к осени.",
     .kind = "indirect", .content = "Цены на топливо вырастут", .mention = "аналитики", .not_in_text = "осени"},
    {.name = "ru_as_stated", .text = "Как заявил Дмитрий Песков, Кремль не получал таких предложений.",
     .kind = "indirect", .content = "Кремль не получал таких предложений", .speaker = "Дмитрий Песков"},
    {.name = "uk_as_stated", .text = "Як заявив Володимир Зеленський, армія тримає оборону на сході.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Володимир Зеленський"},
    {.name = "ru_as_said_in_an_interview_to_outlet",
     .text = "Как отметил в недавнем интервью «РБК» экономист Сергей Гуриев, инфляция будет расти.",
     .kind = "indirect", .content = "инфляция будет расти", .speaker = "Сергей Гуриев", .via = "РБК"},
    {.name = "ru_coordinated_verb_subject", .text = "Фермер усмехнулся и сказал: «Урожай будет».",
     .kind = "direct", .content = "Урожай будет", .mention = "Фермер"},
    {.name = "uk_coordinated_verb_subject", .text = "Мер посміхнувся і сказав: «Міст відкриють у травні».",
     .kind = "direct", .content = "Міст відкриють", .mention = "Мер"},
    {.name = "ru_phrase_between_subject_and_cue",
     .text = "Я на заседании комитета сказал, что закон нужно отменить.",
     .kind = "indirect", .content = "закон нужно отменить", .mention = "Я"},
    {.name = "ru_weekday_between_subject_and_cue",
     .text = "Сергей Лавров в понедельник заявил, что Россия готова к диалогу.",
     .kind = "indirect", .content = "Россия готова к диалогу", .speaker = "Сергей Лавров",
     .said_on = "2025-04-14"},
    {.name = "ru_outlet_between_subject_and_cue",
     .text = "Министр обороны Андрей Белоусов в интервью «Известиям» недавно сказал, что армия готова ко всему.",
     .kind = "indirect", .content = "армия готова ко всему", .speaker = "Андрей Белоусов", .via = "Известиям"},
    // --- the date before the role is no part of it ----------------------------------
    {.name = "ru_date_before_role",
     .text = "14 апреля пресс-секретарь Кремля Дмитрий Песков заявил, что Кремль не получал таких предложений.",
     .kind = "indirect", .content = "Кремль не получал", .speaker = "Дмитрий Песков",
     .role = "пресс-секретарь Кремля", .mention = "пресс-секретарь Кремля Дмитрий Песков",
     .said_on = "2025-04-14"},
    {.name = "uk_date_before_role",
     .text = "14 квітня президент України Володимир Зеленський наголосив, що армія тримає оборону.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Володимир Зеленський",
     .role = "президент України", .said_on = "2025-04-14"},
    // --- conduits: via, never inside the content ------------------------------------
    {.name = "ru_conduit_alone_is_the_source",
     .text = "Кремль не получал таких предложений, передает ТАСС.",
     .kind = "indirect", .content = "Кремль не получал таких предложений", .speaker = "ТАСС", .via = "ТАСС"},
    {.name = "ru_conduit_two_words",
     .text = "Учения в Белгородской области завершены, сообщает РИА Новости.",
     .kind = "indirect", .content = "Учения в Белгородской области завершены", .via = "РИА Новости"},
    {.name = "uk_conduit_alone", .text = "Армія тримає оборону на сході, повідомляє Укрінформ.",
     .kind = "indirect", .content = "Армія тримає оборону", .via = "Укрінформ", .not_in_text = "повідомляє"},
    {.name = "ru_conduit_after_speaker",
     .text = "Песков заявил, что Кремль не получал таких предложений, передает ТАСС.",
     .kind = "indirect", .content = "Кремль не получал таких предложений", .speaker = "Песков", .via = "ТАСС",
     .not_in_text = "ТАСС"},
    {.name = "ru_conduit_after_addressee",
     .text = "Песков заявил журналистам, что Кремль не получал таких предложений, сообщает Интерфакс.",
     .kind = "indirect", .content = "Кремль не получал", .speaker = "Песков", .via = "Интерфакс",
     .not_in_text = "Интерфакс"},
    {.name = "uk_conduit_after_speaker",
     .text = "Зеленський заявив, що армія тримає оборону, повідомляє УНІАН.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Зеленський", .via = "УНІАН",
     .not_in_text = "УНІАН"},
    {.name = "uk_conduit_passes_on_ukrinform", .text = "Зеленський заявив, що армія тримає оборону, передає Укрінформ.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Зеленський", .via = "Укрінформ",
     .not_in_text = "Укрінформ"},
    {.name = "uk_conduit_unknown_outlet",
     .text = "Зеленський заявив, що армія тримає оборону, пише ГолосUA.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Зеленський", .via = "ГолосUA",
     .not_in_text = "ГолосUA"},
    {.name = "ru_citing_closes_content", .text = "Песков заявил, что переговоры идут, со ссылкой на ТАСС.",
     .kind = "indirect", .content = "переговоры идут", .speaker = "Песков", .via = "ТАСС",
     .not_in_text = "ссылкой"},
    {.name = "uk_citing_closes_content",
     .text = "Зеленський заявив, що армія тримає оборону, з посиланням на Укрінформ.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Зеленський", .via = "Укрінформ",
     .not_in_text = "посиланням"},
    {.name = "uk_conduit_citing_source",
     .text = "Росія перекидає резерви на схід, повідомляє Укрінформ з посиланням на Генштаб ЗСУ.",
     .kind = "indirect", .content = "Росія перекидає резерви на схід", .speaker = "Генштаб ЗСУ",
     .via = "Укрінформ"},
    {.name = "ru_outlet_citing_source_before_cue",
     .text = "ТАСС со ссылкой на источник в Минобороны сообщает, что учения завершены.",
     .kind = "indirect", .content = "учения завершены", .via = "ТАСС"},
    // --- "Про це заявив X": the sentence before is the content ----------------------
    {.name = "uk_about_this_with_conduit",
     .text = "Армія тримає оборону на всіх напрямках. Про це заявив директор Інституту стратегічних досліджень "
             "Олександр ПОПОВ, пише ГолосUA.",
     .kind = "indirect", .content = "Армія тримає оборону на всіх напрямках",
     .role = "директор Інституту стратегічних досліджень", .via = "ГолосUA",
     .mention = "директор Інституту стратегічних досліджень Олександр ПОПОВ", .not_in_text = "Про це"},
    {.name = "ru_about_this",
     .text = "Кремль не получал таких предложений. Об этом заявил пресс-секретарь президента Дмитрий Песков.",
     .kind = "indirect", .content = "Кремль не получал таких предложений", .speaker = "Дмитрий Песков",
     .role = "пресс-секретарь президента", .statements = 1},
    {.name = "uk_about_this_next_paragraph",
     .text = "Обстріл Харкова тривав дві години.\nПро це повідомив у Telegram голова ОВА Олег Синєгубов.",
     .kind = "indirect", .content = "Обстріл Харкова тривав дві години", .mention = "голова ОВА Олег Синєгубов"},
    {.name = "ru_about_this_outlet_is_the_source", .text = "Обстрел продолжался два часа. Об этом сообщает ТАСС.",
     .kind = "indirect", .content = "Обстрел продолжался два часа", .speaker = "ТАСС", .via = "ТАСС"},
    {.name = "uk_about_this_outlet_citing_source",
     .text = "Обстріл тривав дві години. Про це повідомляє Укрінформ з посиланням на Генштаб.",
     .kind = "indirect", .content = "Обстріл тривав дві години", .speaker = "Генштаб", .via = "Укрінформ"},
    {.name = "ru_which_was_reported_by",
     .text = "Трасса закрыта до пятницы, о чем сообщил глава администрации Иван Петров.",
     .kind = "indirect", .content = "Трасса закрыта до пятницы", .speaker = "Иван Петров",
     .role = "глава администрации"},
    {.name = "uk_which_was_reported_by",
     .text = "Обстріл тривав дві години, про що повідомив голова ОВА Олег Синєгубов.",
     .kind = "indirect", .content = "Обстріл тривав дві години", .mention = "голова ОВА Олег Синєгубов"},
    // --- names and roles --------------------------------------------------------------
    {.name = "ru_role_genitive_is_no_part_of_the_name",
     .text = "Пресс-секретарь Кремля Дмитрий Песков заявил, что Кремль не получал таких предложений.",
     .kind = "indirect", .content = "Кремль не получал", .speaker = "Дмитрий Песков",
     .role = "Пресс-секретарь Кремля"},
    {.name = "uk_role_genitive_is_no_part_of_the_name",
     .text = "Речник Пентагона Шон Парнелл заявив, що удари триватимуть.",
     .kind = "indirect", .content = "удари триватимуть", .speaker = "Шон Парнелл", .role = "Речник Пентагона"},
    {.name = "uk_capitalised_role_unknown_to_the_lexicon",
     .text = "Віцеспікерка Олена Кондратюк каже, що парламент ухвалить закон до кінця місяця.",
     .kind = "indirect", .content = "парламент ухвалить закон", .speaker = "Олена Кондратюк",
     .role = "Віцеспікерка"},
    {.name = "ru_addressee_is_no_role",
     .text = "«Переговоры были полезными», — сказал журналистам Дмитрий Песков.",
     .kind = "direct", .content = "Переговоры были полезными", .speaker = "Дмитрий Песков", .role = ""},
    {.name = "ru_place_before_the_name_is_no_part_of_it",
     .text = "В Москве Песков заявил, что переговоры продолжаются.",
     .kind = "indirect", .content = "переговоры продолжаются", .speaker = "Песков", .mention = "Песков"},
    {.name = "ru_genitive_name_and_role_to_nominative",
     .text = "По словам пресс-секретаря Кремля Дмитрия Пескова, переговоры идут.",
     .kind = "indirect", .content = "переговоры идут", .speaker = "Дмитрий Песков",
     .role = "пресс-секретарь Кремля"},
    {.name = "ru_genitive_feminine_with_adjective_role",
     .text = "По словам официального представителя МИД Марии Захаровой, Москва ответит на санкции.",
     .kind = "indirect", .content = "Москва ответит", .speaker = "Мария Захарова",
     .role = "официальный представитель МИД"},
    {.name = "uk_genitive_name_and_role_to_nominative",
     .text = "За словами міністра закордонних справ Андрія Сибіги, переговори тривають.",
     .kind = "indirect", .content = "переговори тривають", .speaker = "Андрій Сибіга",
     .role = "міністр закордонних справ"},
    {.name = "uk_genitive_masculine_name_that_is_also_feminine",
     .text = "За словами Олександра Попова, армія тримає оборону.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Олександр Попов"},
    {.name = "uk_genitive_enko", .text = "За словами Шевченка, армія тримає оборону.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Шевченко"},
    {.name = "ru_opinion_genitive", .text = "По мнению политолога Сергея Маркова, выборы пройдут спокойно.",
     .kind = "indirect", .content = "выборы пройдут спокойно", .speaker = "Сергей Марков", .role = "политолог"},
    {.name = "uk_view_genitive", .text = "На думку політолога Володимира Фесенка, вибори відбудуться вчасно.",
     .kind = "indirect", .content = "вибори відбудуться вчасно", .speaker = "Володимир Фесенко",
     .role = "політолог"},
    {.name = "ru_instrumental_mention_resolves_to_the_person",
     .text = "Пресс-секретарь Кремля Дмитрий Песков прибыл в Минск.\nЖурналисты поговорили с Песковым.\n"
             "Песков заявил, что переговоры идут.",
     .kind = "indirect", .content = "переговоры идут", .speaker = "Дмитрий Песков",
     .role = "Пресс-секретарь Кремля"},
    {.name = "uk_genitive_mention_resolves_to_the_person",
     .text = "Президент України Володимир Зеленський прибув до Вашингтона.\nЗа словами Зеленського, переговори "
             "будуть складними.",
     .kind = "indirect", .content = "переговори будуть складними", .speaker = "Володимир Зеленський",
     .role = "Президент України"},
    {.name = "uk_name_in_capitals",
     .text = "ОЛЕКСАНДР ПОПОВ заявив, що армія тримає оборону.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Олександр Попов",
     .mention = "ОЛЕКСАНДР ПОПОВ"},
    {.name = "uk_surname_in_capitals_after_given_name",
     .text = "Про ситуацію на фронті розповів експерт Олександр ПОПОВ. Він заявив, що армія тримає оборону.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Олександр Попов"},
    {.name = "ru_surname_later_resolves_with_role",
     .text = "Глава Офиса президента Андрей Ермак заявил, что переговоры продолжатся.\nЕрмак также отметил, "
             "что делегация готова.",
     .kind = "indirect", .content = "делегация готова", .speaker = "Андрей Ермак",
     .role = "Глава Офиса президента"},
    {.name = "ru_time_word_after_the_name",
     .text = "Премьер Мишустин весной сказал, что \"инфляция замедлится к зиме\".",
     .kind = "mixed", .content = "инфляция замедлится к зиме", .speaker = "Мишустин", .role = "Премьер",
     .mention = "Премьер Мишустин"},
    {.name = "uk_date_after_the_name", .text = "Зеленський 14 квітня заявив, що армія тримає оборону.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Зеленський", .mention = "Зеленський",
     .said_on = "2025-04-14"},
    {.name = "ru_date_after_the_cue", .text = "Песков заявил 14 апреля, что переговоры продолжаются.",
     .kind = "indirect", .content = "переговоры продолжаются", .speaker = "Песков", .said_on = "2025-04-14"},
    {.name = "ru_organisation_after_preposition", .text = "В Кремле заявили, что переговоры продолжаются.",
     .kind = "indirect", .content = "переговоры продолжаются", .speaker = "Кремль", .mention = "Кремле"},
    {.name = "uk_organisation_after_preposition",
     .text = "У Міністерстві оборони повідомили, що ворог втратив дві роти.",
     .kind = "indirect", .content = "ворог втратив дві роти", .speaker = "Міністерство оборони"},
    {.name = "ru_abbreviation_after_preposition",
     .text = "В МИД России заявили \"о готовности к диалогу без предварительных условий\".",
     .kind = "direct", .content = "о готовности к диалогу", .speaker = "МИД России"},
    {.name = "ru_according_to_his_words",
     .text = "Пресс-секретарь Кремля Дмитрий Песков прибыл в Минск.\nПо его словам, переговоры будут долгими.",
     .kind = "indirect", .content = "переговоры будут долгими", .speaker = "Дмитрий Песков", .mention = "его"},
    {.name = "uk_according_to_her_words_interposed",
     .text = "Віцепрем'єрка Ольга Стефанішина зустрілася з послами ЄС.\nПереговори, за її словами, будуть "
             "складними.",
     .kind = "indirect", .content = "Переговори будуть складними", .speaker = "Ольга Стефанішина"},
    {.name = "uk_role_mention_resolves_to_the_person",
     .text = "Президент України Володимир Зеленський провів нараду з військовими.\nЗа словами глави держави, "
             "оборона на півдні посилена.",
     .kind = "indirect", .content = "оборона на півдні посилена", .speaker = "Володимир Зеленський",
     .role = "Президент України"},
    {.name = "ru_spokesperson_title_resolves_across_synonyms",
     .text = "Официальный представитель МИД Мария Захарова выступила на брифинге.\nКак заявила пресс-секретарь, "
             "Москва ответит на санкции.",
     .kind = "indirect", .content = "Москва ответит на санкции", .speaker = "Мария Захарова"},
    {.name = "uk_label_with_quote",
     .text = "Речник Кремля Дмитро Пєсков назвав заяви Києва «неконструктивними».",
     .kind = "mixed", .content = "«неконструктивними»", .speaker = "Дмитро Пєсков"},
    {.name = "ru_label_without_quote_is_no_statement", .text = "Водитель назвал свою фамилию и номер машины."},
    {.name = "uk_impersonal_plural_source_after_the_cue",
     .text = "Унаслідок атаки знеструмлено понад пів мільйона споживачів, повідомили в Міненерго.",
     .kind = "indirect", .content = "знеструмлено понад пів мільйона споживачів", .speaker = "Міненерго",
     .mention = "Міненерго"},
    {.name = "uk_preposition_after_connective_is_no_part_of_the_speaker",
     .text = "Водночас у Кремлі заявили, що не бачать підстав для нових зустрічей.",
     .kind = "indirect", .content = "не бачать підстав", .speaker = "Кремль", .mention = "Кремлі"},
    {.name = "uk_as_reported_in_press_service",
     .text = "Як повідомили в пресслужбі Генштабу ЗСУ, за добу відбулося 120 бойових зіткнень.",
     .kind = "indirect", .content = "за добу відбулося 120 бойових зіткнень",
     .speaker = "пресслужба Генштабу ЗСУ"},
    {.name = "uk_remarked", .text = "Зеленський також зауважив, що партнери затримують постачання ракет.",
     .kind = "indirect", .content = "партнери затримують постачання ракет", .speaker = "Зеленський"},
    {.name = "uk_expressed_conviction",
     .text = "Міністр оборони Рустем Умєров висловив переконання, що допомога надійде вчасно.",
     .kind = "indirect", .content = "допомога надійде вчасно", .speaker = "Рустем Умєров", .klass = "belief",
     .not_in_text = "переконання"},
    {.name = "ru_expressed_confidence",
     .text = "Министр финансов Антон Силуанов выразил уверенность, что бюджет будет исполнен.",
     .kind = "indirect", .content = "бюджет будет исполнен", .speaker = "Антон Силуанов", .klass = "belief"},
    {.name = "uk_medium_and_outlet_before_the_speaker",
     .text = "«Ситуація контрольована», — сказала в коментарі виданню «Суспільне» прессекретарка ОВА Олена "
             "Кириленко.",
     .kind = "direct", .content = "Ситуація контрольована", .speaker = "Олена Кириленко",
     .role = "прессекретарка ОВА", .via = "Суспільне"},
    {.name = "uk_outlet_addressee_in_the_nominative",
     .text = "Експерт Центру оборонних стратегій Олександр Хара пояснив Укрінформу, що Росія накопичує резерви.",
     .kind = "indirect", .content = "Росія накопичує резерви", .speaker = "Олександр Хара",
     .role = "Експерт Центру оборонних стратегій", .via = "Укрінформ"},
    {.name = "uk_about_this_medium_before_the_cue",
     .text = "Ворог атакував область дронами. Про це в ефірі телемарафону заявив речник Повітряних сил Юрій Ігнат.",
     .kind = "indirect", .content = "Ворог атакував область дронами", .speaker = "Юрій Ігнат",
     .role = "речник Повітряних сил"},
    // --- an English article quoting Russian keeps its English reading ----------------
    {.name = "en_article_with_a_russian_quote_reads_english",
     .text = "\"The bridge will reopen in May,\" said Ida Kovacs, an engineer who has worked on it for years.\n"
             "A Russian outlet quoted the mayor: «Мост откроют в мае».",
     .kind = "direct", .content = "The bridge will reopen in May", .speaker = "Ida Kovacs",
     .mention = "Ida Kovacs, an engineer who has worked on it for years"},
    // --- statements with no attribution stay silent --------------------------------
    {.name = "ru_no_cue_no_statement",
     .text = "Снег в горах выпал на две недели раньше обычного, а перевалы закрыли для грузовиков."},
    {.name = "uk_no_cue_no_statement",
     .text = "У Карпатах випав перший сніг, і рятувальники закрили кілька туристичних маршрутів."},
    {.name = "ru_about_this_needs_a_sentence_before", .text = "Об этом заявил Песков."},
    {.name = "uk_about_this_after_a_statement_repeats_nothing",
     .text = "Зеленський заявив, що армія тримає оборону. Про це він сказав у вечірньому зверненні.",
     .kind = "indirect", .content = "армія тримає оборону", .speaker = "Зеленський", .statements = 1},
    {.name = "ru_about_this_subject_before_cue",
     .text = "Переговоры зашли в тупик. Об этом Лавров сказал на пресс-конференции в Анкаре.",
     .kind = "indirect", .content = "Переговоры зашли в тупик", .speaker = "Лавров", .mention = "Лавров"},
};

// gtest prints a parameter by its bytes otherwise.
void PrintTo(const CyrillicCase& c, std::ostream* os) { *os << c.name; }

Article MakeArticle(const CyrillicCase& c) {
  Article a;
  a.id = "test";
  a.text = c.text;
  a.language = c.language;
  a.published = "2025-04-15";  // a Tuesday
  a.paragraphs = SplitParagraphsOnNewlines(a.text);
  return a;
}

class CyrillicTest : public ::testing::TestWithParam<CyrillicCase> {};

TEST_P(CyrillicTest, Case) {
  const CyrillicCase& c = GetParam();
  Article a = MakeArticle(c);
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(a, &quotes);
  std::string seen;
  for (const Quote& q : quotes) seen += std::string(q.rule) + " [" + q.speaker + "] " + q.text + "\n";
  if (c.statements >= 0) {
    EXPECT_EQ(int(quotes.size()), c.statements) << seen;
  }
  if (std::string_view(c.kind).empty()) {
    EXPECT_TRUE(quotes.empty()) << seen;
    return;
  }
  const Quote* found = nullptr;
  for (const Quote& q : quotes)
    if (q.text.find(c.content) != std::string::npos) found = &q;
  ASSERT_NE(found, nullptr) << "no statement contains \"" << c.content << "\"; got:\n" << seen;
  const Quote& q = *found;
  EXPECT_EQ(StatementKindName(q.kind), c.kind) << q.text;
  if (c.speaker) { EXPECT_EQ(q.speaker, c.speaker) << "speaker: " << q.speaker << "\nin: " << q.text; }
  if (c.role) { EXPECT_EQ(q.speaker_role, c.role) << "role: " << q.speaker_role << "\nin: " << q.text; }
  EXPECT_EQ(q.via, c.via) << "via: " << q.via << "\nin: " << q.text;
  if (c.mention) {
    std::string_view m = std::string_view(a.text).substr(q.speaker_mention.begin, q.speaker_mention.size());
    EXPECT_EQ(m, c.mention) << "mention: " << m;
  }
  EXPECT_EQ(PolarityName(q.polarity), c.polarity) << q.text;
  if (c.klass) { EXPECT_EQ(StatementClassName(q.statement_class), c.klass) << q.text; }
  if (c.said_on) { EXPECT_EQ(q.said_on, c.said_on); }
  if (c.not_in_text) { EXPECT_EQ(q.text.find(c.not_in_text), std::string::npos) << q.text; }
}

INSTANTIATE_TEST_SUITE_P(Table, CyrillicTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<CyrillicCase>& info) { return info.param.name; });

// Whole articles, written for the test in the style of a Ukrainian and a
// Russian agency report: every statement found, in order, with its
// speaker, conduit and polarity, and nothing else.
struct Expected {
  const char* speaker;
  const char* content;  // a substring of Quote::text
  const char* via;
  const char* polarity;
};

void ExpectArticle(const char* text, const std::vector<Expected>& expected) {
  CyrillicCase in{.name = "article", .text = text};
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(MakeArticle(in), &quotes);
  std::string seen;
  for (const Quote& q : quotes) seen += "[" + q.speaker + "] (" + q.via + ") " + q.text + "\n";
  ASSERT_EQ(quotes.size(), expected.size()) << seen;
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(quotes[i].speaker, expected[i].speaker) << seen;
    EXPECT_NE(quotes[i].text.find(expected[i].content), std::string::npos) << expected[i].content << "\n" << seen;
    EXPECT_EQ(quotes[i].via, expected[i].via) << seen;
    EXPECT_EQ(PolarityName(quotes[i].polarity), expected[i].polarity) << seen;
  }
}

// In an undated article "14 апреля" fills no day, and is still no part of
// the speaker's role.
TEST(CyrillicUndated, DateAfterTheCueIsNoRole) {
  CyrillicCase in{.name = "undated",
                  .text = "«Переговоры были полезными», — сказал 14 апреля пресс-секретарь Кремля Дмитрий Песков."};
  Article a = MakeArticle(in);
  a.published.clear();
  QuoteExtractor extractor;
  std::vector<Quote> quotes;
  extractor.Extract(a, &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Дмитрий Песков");
  EXPECT_EQ(quotes[0].speaker_role, "пресс-секретарь Кремля");
  EXPECT_EQ(quotes[0].said_on, "");
}

TEST(CyrillicArticles, UkrainianReport) {
  ExpectArticle(
      "Зеленський: Україна не погодиться на заморожування війни\n"
      "Президент України Володимир Зеленський заявив, що Київ не погодиться на заморожування бойових дій уздовж "
      "нинішньої лінії фронту.\n"
      "«Ми не будемо торгувати нашими територіями. Жоден український президент не має на це права», — наголосив "
      "він під час пресконференції у Києві.\n"
      "За словами глави держави, партнери мають посилити тиск на Москву, зокрема через нові санкції.\n"
      "Міністр закордонних справ України Андрій Сибіга додав, що наступний раунд переговорів може відбутися вже "
      "наступного тижня.\n"
      "Речник Кремля Дмитро Пєсков назвав заяви Києва «неконструктивними».\n"
      "Унаслідок атаки знеструмлено понад пів мільйона споживачів, повідомили в Міненерго.\n"
      "«Ситуація складна, але контрольована», — зазначив міністр енергетики Герман Галущенко.\n"
      "Київ раніше відкинув ідею буферної зони, повідомляє Укрінформ.\n"
      "Генштаб спростував, що ворог захопив село на Харківщині.",
      {{"Володимир Зеленський", "Україна не погодиться", "", "asserts"},
       {"Володимир Зеленський", "Київ не погодиться на заморожування", "", "asserts"},
       {"Володимир Зеленський", "Ми не будемо торгувати", "", "asserts"},
       {"Володимир Зеленський", "партнери мають посилити тиск", "", "asserts"},
       {"Андрій Сибіга", "наступний раунд переговорів", "", "asserts"},
       {"Дмитро Пєсков", "«неконструктивними»", "", "asserts"},
       {"Міненерго", "знеструмлено понад пів мільйона", "", "asserts"},
       {"Герман Галущенко", "Ситуація складна", "", "asserts"},
       {"Київ", "ідею буферної зони", "Укрінформ", "denies"},
       {"Генштаб", "ворог захопив село", "", "denies"}});
}

TEST(CyrillicArticles, RussianReport) {
  ExpectArticle(
      "Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что Кремль не получал официальных "
      "предложений о перемирии.\n"
      "«Никаких документов к нам не поступало, поэтому и обсуждать пока нечего», — сказал Песков.\n"
      "По его словам, Москва по-прежнему открыта для диалога.\n"
      "Ранее глава МИД Сергей Лавров отметил, что Россия не видит смысла в переговорах, передает ТАСС.\n"
      "Официальный представитель МИД Мария Захарова опровергла сообщения о подготовке новой мобилизации.\n"
      "«Это очередной вброс», — подчеркнула она на брифинге в четверг.\n"
      "Погода в Москве на выходных будет теплой.",
      {{"Дмитрий Песков", "Кремль не получал официальных предложений", "", "asserts"},
       {"Дмитрий Песков", "Никаких документов к нам не поступало", "", "asserts"},
       {"Дмитрий Песков", "Москва по-прежнему открыта для диалога", "", "asserts"},
       {"Сергей Лавров", "Россия не видит смысла в переговорах", "ТАСС", "asserts"},
       {"Мария Захарова", "сообщения о подготовке новой мобилизации", "", "denies"},
       {"Мария Захарова", "Это очередной вброс", "", "asserts"}});
}

// The decision model is fitted on English (PolNeAR): the sentence forms
// only Russian and Ukrainian have are rules it never saw, and keep their
// prior (quotes/internal/rules.cc) as their confidence; the shared rules
// on Russian and Ukrainian text are scored by the model and stay above
// the default threshold.
TEST(CyrillicConfidence, RulesTheModelNeverSawKeepTheirPrior) {
  struct {
    const char* text;
    const char* rule;
    double confidence;
  } cases[] = {
      {"Обстріл тривав дві години. Про це повідомив мер Ігор Терехов.", "about-this", 0.8},
      {"Обстріл тривав дві години, повідомляє Укрінформ.", "conduit", 0.7},
      {"«Міст відкриють у травні, — сказав мер Ігор Терехов, — а дорогу влітку».", "quote-interrupted", 0.9},
  };
  for (const auto& c : cases) {
    CyrillicCase in{.name = "confidence", .text = c.text};
    QuoteExtractor extractor;
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(in), &quotes);
    ASSERT_EQ(quotes.size(), 1u) << c.text;
    EXPECT_EQ(quotes[0].rule, c.rule);
    EXPECT_NEAR(quotes[0].confidence, c.confidence, 1e-6) << c.text;
  }
}

TEST(CyrillicConfidence, SharedRulesOnCyrillicTextPassTheDefaultThreshold) {
  QuoteOptions keep_all;
  keep_all.min_confidence = 0;
  for (const CyrillicCase& c : kCases) {
    if (std::string_view(c.kind).empty()) continue;
    QuoteExtractor extractor(keep_all);
    std::vector<Quote> quotes;
    extractor.Extract(MakeArticle(c), &quotes);
    for (const Quote& q : quotes) {
      if (q.text.find(c.content) != std::string::npos) {
        EXPECT_GE(q.confidence, 0.5) << c.name << ": " << q.rule << " " << q.text;
      }
    }
  }
}

}  // namespace
}  // namespace qtrack

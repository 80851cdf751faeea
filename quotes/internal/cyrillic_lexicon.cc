// File: quotes/internal/cyrillic_lexicon.cc
//
// Tables first, generators after. A verb row gives its past-tense stem and
// its other forms; the past tense by gender and number is generated (Russian
// -л/-ла/-ли/-ло, Ukrainian -в/-ла/-ли/-ло, and the reflexive -ся/-сь
// forms), so a row covers "заявил", "заявила", "заявили". Noun and adjective
// rows are declined by their ending; over-generation ("директори" in
// Russian) is harmless, since a class word only marks what a phrase may hold.
// Rates are priors by judgement: the forms a news report uses for speech
// ("заявил", "наголосив") as high as English "said"; stance verbs lower.
#include "quotes/internal/cyrillic_lexicon.h"

#include <deque>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "quotes/internal/words.h"

namespace qtrack::quotes_internal {
namespace {

enum Lang : uint8_t { kRu, kUk };

constexpr uint32_t kSay = kCueSpeech | kCueSaysWords;
// Verbs that take the addressee in the dative before their content
// ("заявил журналистам, что", "сказав агентству Reuters").
constexpr uint32_t kSayTo = kSay | kCueTakesObject;
constexpr uint32_t kBelieve = kCueSpeech | kCueBelief;
constexpr uint32_t kDeny = kCueSpeech | kCueDenial;
constexpr uint32_t kRefuse = kCueSpeech | kCueRefusal;

struct VerbRow {
  Lang lang;
  const char* past_stem;  // "" when the past tense is irregular (listed in `forms`)
  const char* forms;      // present tense and irregular forms, space-separated
  const char* gerunds;    // adverbial participles: they continue the clause's subject
  uint32_t flags;
  float rate;
  bool reflexive = false;  // the past tense takes -ся/-сь (признался, зізнався)
};

constexpr VerbRow kVerbs[] = {
    // Russian: speech.
    {kRu, "заяви", "", "заявив", kSayTo, 0.95f},
    {kRu, "заявля", "заявляет заявляют", "заявляя", kSay, 0.9f},
    {kRu, "сказа", "", "сказав", kSayTo, 0.9f},
    {kRu, "говори", "говорит говорят", "говоря", kSayTo, 0.85f},
    {kRu, "сообщи", "", "сообщив", kSayTo, 0.9f},
    {kRu, "сообща", "сообщает сообщают", "сообщая", kSay, 0.85f},
    {kRu, "отмети", "", "отметив", kSay, 0.9f},
    {kRu, "отмеча", "отмечает отмечают", "отмечая", kSay, 0.85f},
    {kRu, "подчеркну", "", "подчеркнув", kSay, 0.9f},
    {kRu, "подчеркива", "подчеркивает подчеркивают", "подчеркивая", kSay, 0.85f},
    {kRu, "подчёркива", "подчёркивает подчёркивают", "подчёркивая", kSay, 0.85f},
    {kRu, "добави", "", "добавив", kSay, 0.9f},
    {kRu, "добавля", "добавляет добавляют", "добавляя", kSay, 0.85f},
    {kRu, "поясни", "", "пояснив", kSayTo, 0.9f},
    {kRu, "поясня", "поясняет поясняют", "поясняя", kSay, 0.85f},
    {kRu, "объясни", "", "объяснив", kSayTo, 0.85f},
    {kRu, "объясня", "объясняет объясняют", "объясняя", kSay, 0.8f},
    {kRu, "написа", "", "написав", kSay, 0.8f},
    {kRu, "писа", "пишет пишут", "", kSay, 0.7f},
    {kRu, "рассказа", "", "рассказав", kSayTo, 0.85f},
    {kRu, "рассказыва", "рассказывает рассказывают", "рассказывая", kSay, 0.8f},
    {kRu, "утвержда", "утверждает утверждают", "утверждая", kSay, 0.85f},
    {kRu, "увери", "", "уверив", kSayTo, 0.8f},
    {kRu, "уверя", "уверяет уверяют", "уверяя", kSay, 0.8f},
    {kRu, "завери", "", "заверив", kSayTo, 0.85f},
    {kRu, "заверя", "заверяет заверяют", "заверяя", kSay, 0.8f},
    {kRu, "призна", "признает признаёт признают", "признав", kSay, 0.8f},
    {kRu, "предупреди", "", "предупредив", kSayTo, 0.85f},
    {kRu, "предупрежда", "предупреждает предупреждают", "предупреждая", kSay, 0.8f},
    {kRu, "ответи", "", "ответив", kSayTo, 0.85f},
    {kRu, "отвеча", "отвечает отвечают", "отвечая", kSay, 0.8f},
    {kRu, "замети", "", "заметив", kSay, 0.8f},
    {kRu, "указа", "", "указав", kSay, 0.8f},
    {kRu, "указыва", "указывает указывают", "указывая", kSay, 0.75f},
    {kRu, "уточни", "", "уточнив", kSay, 0.85f},
    {kRu, "уточня", "уточняет уточняют", "уточняя", kSay, 0.8f},
    {kRu, "напомни", "", "напомнив", kSayTo, 0.85f},
    // (Not "says words": "напоминает Англию" is "resembles", unless a clause follows.)
    {kRu, "напомина", "напоминает напоминают", "напоминая", kCueSpeech, 0.8f},
    {kRu, "подтверди", "", "подтвердив", kSayTo, 0.85f},
    {kRu, "подтвержда", "подтверждает подтверждают", "подтверждая", kSay, 0.8f},
    {kRu, "настаива", "настаивает настаивают", "настаивая", kSay, 0.8f},
    {kRu, "констатирова", "констатирует констатируют", "констатируя", kSay, 0.85f},
    {kRu, "прокомментирова", "комментирует комментируют", "прокомментировав", kSay, 0.8f},
    {kRu, "пообеща", "обещает обещают", "пообещав", kSayTo, 0.8f},
    {kRu, "призва", "призывает призывают", "призвав", kSayTo, 0.75f},
    {kRu, "потребова", "требует требуют", "потребовав", kSay, 0.75f},
    {kRu, "предложи", "предлагает предлагают", "предложив", kSayTo, 0.7f},
    {kRu, "переда", "передает передаёт передают", "передав", kSayTo, 0.7f},
    {kRu, "призна", "признается признаётся признаются", "признавшись", kSay, 0.8f, true},
    {kRu, "проинформирова", "информирует информируют", "проинформировав", kSayTo, 0.8f},
    {kRu, "объяви", "объявляет объявляют", "объявив", kSay, 0.8f},
    {kRu, "высказа", "высказывает высказывают", "высказав", kBelieve, 0.7f},
    {kRu, "вырази", "выражает выражают", "выразив", kBelieve, 0.7f},
    {kRu, "подели", "делится делятся", "поделившись", kSay, 0.75f, true},
    {kRu, "пожалова", "жалуется жалуются", "пожаловавшись", kSay, 0.75f, true},
    // Russian: beliefs, denials, refusals.
    {kRu, "счита", "считает считают", "считая", kBelieve, 0.7f},
    {kRu, "полага", "полагает полагают", "полагая", kBelieve, 0.7f},
    {kRu, "дума", "думает думают", "", kBelieve, 0.5f},
    {kRu, "", "уверен уверена уверены убежден убеждена убеждены убеждён", "", kBelieve, 0.6f},
    {kRu, "опаса", "опасается опасаются", "опасаясь", kBelieve, 0.6f, true},
    {kRu, "", "опроверг опровергла опровергли опровергло", "опровергнув", kDeny, 0.85f},
    {kRu, "опроверга", "опровергает опровергают", "опровергая", kDeny, 0.8f},
    {kRu, "", "отверг отвергла отвергли отвергло", "отвергнув", kDeny, 0.8f},
    {kRu, "отверга", "отвергает отвергают", "отвергая", kDeny, 0.8f},
    {kRu, "отрица", "отрицает отрицают", "отрицая", kDeny, 0.8f},
    {kRu, "отказа", "отказывается отказываются", "отказавшись", kRefuse, 0.5f, true},
    // "назвал заявления Киева «неконструктивными»": a label, weakly speech
    // (only with a quote: CyrillicStatementLacksWords).
    {kRu, "назва", "называет называют", "назвав", kCueSpeech | kCueWeak, 0.5f},
    // Ukrainian: speech.
    {kUk, "заяви", "", "заявивши", kSayTo, 0.95f},
    {kUk, "заявля", "заявляє заявляють", "заявляючи", kSay, 0.9f},
    {kUk, "сказа", "", "сказавши", kSayTo, 0.9f},
    {kUk, "каза", "каже кажуть", "кажучи", kSayTo, 0.85f},
    {kUk, "говори", "говорить говорять", "говорячи", kSayTo, 0.85f},
    {kUk, "повідоми", "", "повідомивши", kSayTo, 0.9f},
    {kUk, "повідомля", "повідомляє повідомляють", "повідомляючи", kSay, 0.85f},
    {kUk, "зазначи", "", "зазначивши", kSay, 0.9f},
    {kUk, "зазнача", "зазначає зазначають", "зазначаючи", kSay, 0.85f},
    {kUk, "наголоси", "", "наголосивши", kSay, 0.9f},
    {kUk, "наголошува", "наголошує наголошують", "наголошуючи", kSay, 0.85f},
    {kUk, "дода", "додає додають", "додавши", kSay, 0.9f},
    {kUk, "підкресли", "", "підкресливши", kSay, 0.9f},
    {kUk, "підкреслюва", "підкреслює підкреслюють", "підкреслюючи", kSay, 0.85f},
    {kUk, "поясни", "", "пояснивши", kSayTo, 0.9f},
    {kUk, "пояснюва", "пояснює пояснюють", "пояснюючи", kSay, 0.85f},
    {kUk, "написа", "", "написавши", kSay, 0.8f},
    {kUk, "писа", "пише пишуть", "", kSay, 0.7f},
    {kUk, "розпові", "", "розповівши", kSayTo, 0.85f},
    {kUk, "розповіда", "розповідає розповідають", "розповідаючи", kSay, 0.8f},
    {kUk, "стверджува", "стверджує стверджують", "стверджуючи", kSay, 0.85f},
    {kUk, "запевни", "", "запевнивши", kSayTo, 0.85f},
    {kUk, "запевня", "запевняє запевняють", "запевняючи", kSay, 0.8f},
    {kUk, "визна", "визнає визнають", "визнавши", kSay, 0.8f},
    {kUk, "попереди", "", "попередивши", kSayTo, 0.85f},
    {kUk, "попереджа", "попереджає попереджають", "попереджаючи", kSay, 0.8f},
    {kUk, "відпові", "", "відповівши", kSayTo, 0.85f},
    {kUk, "відповіда", "відповідає відповідають", "відповідаючи", kSay, 0.8f},
    {kUk, "нагада", "", "нагадавши", kSayTo, 0.85f},
    {kUk, "нагадува", "нагадує нагадують", "нагадуючи", kCueSpeech, 0.8f},
    {kUk, "уточни", "", "уточнивши", kSay, 0.85f},
    {kUk, "уточнюва", "уточнює уточнюють", "уточнюючи", kSay, 0.8f},
    {kUk, "вказа", "", "вказавши", kSay, 0.8f},
    {kUk, "вказува", "вказує вказують", "вказуючи", kSay, 0.75f},
    {kUk, "підтверди", "", "підтвердивши", kSayTo, 0.85f},
    {kUk, "підтверджува", "підтверджує підтверджують", "підтверджуючи", kSay, 0.8f},
    {kUk, "наполяга", "наполягає наполягають", "наполягаючи", kSay, 0.8f},
    {kUk, "констатува", "констатує констатують", "констатуючи", kSay, 0.85f},
    {kUk, "прокоментува", "коментує коментують", "прокоментувавши", kSay, 0.8f},
    {kUk, "пообіця", "обіцяє обіцяють", "пообіцявши", kSayTo, 0.8f},
    {kUk, "заклика", "закликає закликають", "закликаючи", kSayTo, 0.75f},
    {kUk, "вимага", "вимагає вимагають", "вимагаючи", kSay, 0.75f},
    {kUk, "запропонува", "пропонує пропонують", "запропонувавши", kSayTo, 0.7f},
    {kUk, "переда", "передає передають", "передавши", kSayTo, 0.7f},
    {kUk, "поділи", "ділиться діляться", "поділившись", kSay, 0.75f, true},
    {kUk, "зауважи", "", "зауваживши", kSay, 0.85f},
    {kUk, "зауважува", "зауважує зауважують", "зауважуючи", kSay, 0.8f},
    {kUk, "відзначи", "", "відзначивши", kSay, 0.85f},
    {kUk, "відзнача", "відзначає відзначають", "відзначаючи", kSay, 0.8f},
    {kUk, "розказа", "", "розказавши", kSayTo, 0.85f},
    {kUk, "поінформува", "інформує інформують", "поінформувавши", kSayTo, 0.8f},
    {kUk, "проінформува", "", "проінформувавши", kSayTo, 0.8f},
    {kUk, "оголоси", "оголошує оголошують", "оголосивши", kSay, 0.8f},
    // "висловив переконання, що …": the noun is skipped as a tail (class
    // words below), the clause is the content.
    {kUk, "вислови", "висловлює висловлюють", "висловивши", kBelieve, 0.7f},
    {kUk, "поскаржи", "скаржиться скаржаться", "поскаржившись", kSay, 0.75f, true},
    {kUk, "зізна", "зізнається зізнаються", "зізнавшись", kSay, 0.8f, true},
    // Ukrainian: beliefs, denials, refusals.
    {kUk, "вважа", "вважає вважають", "вважаючи", kBelieve, 0.7f},
    {kUk, "дума", "думає думають", "", kBelieve, 0.5f},
    {kUk, "", "переконаний переконана переконані впевнений впевнена впевнені", "", kBelieve, 0.6f},
    {kUk, "побоюва", "побоюється побоюються", "побоюючись", kBelieve, 0.6f, true},
    {kUk, "спростува", "спростовує спростовують", "спростувавши", kDeny, 0.85f},
    {kUk, "заперечи", "", "заперечивши", kDeny, 0.85f},
    {kUk, "заперечува", "заперечує заперечують", "заперечуючи", kDeny, 0.8f},
    {kUk, "відкину", "відкидає відкидають", "відкинувши", kDeny, 0.8f},
    {kUk, "відмови", "відмовляється відмовляються", "відмовившись", kRefuse, 0.5f, true},
    {kUk, "назва", "називає називають", "назвавши", kCueSpeech | kCueWeak, 0.5f},
};

// "по словам X", "за даними X", "на думку X": the noun after the
// preposition; the source follows in the genitive.
constexpr const char* kAccordingNouns =
    "словам мнению данным информации сведениям сообщению оценке оценкам утверждению заявлению версии "
    "словами думку даними інформацією оцінками повідомленням версією твердженням заявою";

constexpr const char* kConduitVerbs =
    "передает передаёт сообщает пишет информирует передає повідомляє пише інформує";

// Declension of a class row: nouns by their ending, adjectives (and nouns
// declined like them: "военный", "уповноважений") as adjectives; `fixed`
// words are not declined (abbreviations, short words whose forms would be
// other words: Ukrainian "мер" → Russian "мера").
enum Declension : uint8_t { kNoun, kAdjective, kFixed };

struct ClassRow {
  const char* words;
  uint32_t classes;
  Declension declension;
};

constexpr ClassRow kClassRows[] = {
    // Role nouns: the head of a speaker's role ("пресс-секретарь Кремля").
    {"пресс-секретарь представитель директор глава министр президент премьер премьер-министр вице-премьер "
     "вице-президент депутат председатель спикер советник помощник посол губернатор мэр командир генерал "
     "генсек эксперт аналитик политолог экономист профессор журналист корреспондент руководитель начальник "
     "заместитель сенатор лидер основатель канцлер госсекретарь секретарь юрист адвокат прокурор судья "
     "омбудсмен источник собеседник сотрудник чиновник дипломат блогер историк социолог врач проректор "
     "ректор декан академик гендиректор замглавы вице-спикер атаман бизнесмен волонтер житель",
     kRoleNoun | kTitle, kNoun},
    {"командующий уполномоченный военный военнослужащий учёный ученый",
     kRoleNoun | kTitle, kAdjective},
    {"речник речниця прес-секретар прессекретар представник директорка голова очільник очільниця керівник "
     "керівниця міністр міністерка президентка прем'єр прем'єр-міністр віцепрем'єр віце-прем'єр "
     "віце-прем'єр-міністр нардеп спікерка радник радниця помічник командувач генсекретар експертка "
     "журналістка кореспондентка заступник заступниця засновник держсекретар секретар суддя омбудсман "
     "джерело співрозмовник посадовець історик соціолог науковець лікар експерт аналітик політолог економіст "
     "журналіст академік військовослужбовець прессекретарка прес-секретарка депутатка посадовиця лідер "
     "лідерка спікер професор кореспондент бізнесмен волонтер мешканець",
     kRoleNoun | kTitle, kNoun},
    {"уповноважений військовий", kRoleNoun | kTitle, kAdjective},
    {"мер замминистра", kRoleNoun | kTitle, kFixed},
    // Organisations: a speaker that is no person, and no name.
    {"кремль правительство министерство ведомство администрация офис генштаб госдума кабмин пресс-служба "
     "пресслужба пресс-центр прес-центр штаб "
     "посольство прокуратура полиция суд армия компания партия парламент сенат конгресс пентагон госдеп "
     "госдепартамент еврокомиссия евросоюз уряд міністерство відомство адміністрація прес-служба "
     "посольство поліція армія компанія партія конгрес держдеп держдепартамент єврокомісія євросоюз",
     kOrganisation, kNoun},
    {"мид минобороны минфин минюст нато оон сбу всу зсу гур фсб свр снбо рнбо магатэ магате мзс міноборони "
     "мінфін кабмін оп рада ради раді радою верховна верховної верховній верховная верховной минэнерго "
     "міненерго мвд мвс минздрав моз мінцифри мчс дснс генпрокуратура",
     kOrganisation, kFixed},
    // Outlets: conduits ("…, передает ТАСС"). Latin-script ones are in
    // lexicon.cc.
    {"тасс риа новости рбк ведомости известия медуза рейтерс уніан інтерфакс-україна дзеркало еспресо "
     "громадське голосua рбк-україна ліга.net цензор.нет бі-бі-сі би-би-си",
     kOutlet, kFixed},
    {"интерфакс інтерфакс коммерсант рейтер блумберг укрінформ главком", kOutlet, kNoun},
    {"суспільне", kOutlet, kAdjective},
    // The noun after "висловив", "выразил": the clause after it is the
    // content ("висловив переконання, що …"); a tail like "також".
    {"переконання думку сподівання впевненість надію уверенность мнение надежду убеждение", kAux, kFixed},
    // Prepositions: a phrase of place or time, not part of a name.
    {"во у под о об обо от до для при про с со из к ко по за через после перед между без над около из-за "
     "против з із зі від під після між біля серед щодо внаслідок унаслідок вследствие",
     kPreposition, kFixed},
    // Clause words: a speaker phrase ends before them.
    {"который которая которое которые которого которой которых которому котором которым чтобы если когда "
     "хотя поскольку потому ли или либо пока будто якобы який яка яке які якого якої яких якому якій яким "
     "щоб якщо коли хоча оскільки чи або й поки нібито",
     kBoundary, kFixed},
    // "говорил, будто …", "заявив, нібито …": a complementizer like "что".
    {"будто якобы нібито", kThat, kFixed},
    // Adverbs and auxiliaries between a speaker and the cue.
    {"тоже еще ещё вновь снова неоднократно публично официально прямо открыто недавно позже затем потом "
     "лишь только не бы был была были было будет теж ще знову неодноразово публічно офіційно відкрито "
     "нещодавно пізніше потім лише тільки б був була були було буде здесь тут там сейчас теперь зараз тепер",
     kAux, kFixed},
    {"накануне позавчера утром вечером днем днём ночью осенью весной летом зимой напередодні вранці уранці "
     "ввечері вдень вночі восени навесні влітку взимку",
     kTimeWord, kFixed},
    {"однако впрочем кстати поэтому однак втім проте водночас натомість зокрема отже", kIntro, kFixed},
    {"я мы ты вы ми ти ви", kPronoun, kFixed},
    // His, her: a person ("по его словам", "за її словами").
    {"его ее её його її", kPronoun | kPersonPronoun, kFixed},
    // Nationalities: part of a role ("российский министр").
    {"российский украинский американский европейский британский французский немецкий китайский "
     "белорусский польский израильский иранский турецкий японский индийский російський український "
     "американський європейський британський французький німецький китайський білоруський польський "
     "ізраїльський іранський турецький японський індійський",
     kNationality, kAdjective},
};

// A Cyrillic letter is two bytes in UTF-8; the generators cut whole letters.
std::string_view DropLetters(std::string_view w, size_t letters) {
  return w.substr(0, w.size() >= 2 * letters ? w.size() - 2 * letters : 0);
}

// The case forms of a word (Russian and Ukrainian endings together).
template <typename Fn>
void ForEachCaseForm(std::string_view w, Declension d, Fn fn) {
  fn(std::string(w));
  if (d == kFixed) return;
  auto with = [&](std::string_view stem, std::initializer_list<const char*> endings) {
    for (const char* e : endings) fn(std::string(stem) + e);
  };
  if (d == kAdjective) {
    std::string_view stem = DropLetters(w, 2);
    with(stem, {"ий", "ый", "ой", "ій", "ого", "ому", "им", "ым", "ім", "ом", "ая", "ую", "ое", "ие", "ые",
                "их", "ых", "ими", "ыми", "а", "ої", "у", "ою", "е", "і"});
    return;
  }
  if (EndsWith(w, "ь") || EndsWith(w, "й")) {
    with(DropLetters(w, 1), {"я", "ю", "ем", "ём", "е", "и", "ей", "ям", "ями", "ях", "еві", "єві", "і", "ів", "ї"});
  } else if (EndsWith(w, "а") || EndsWith(w, "я")) {
    with(DropLetters(w, 1), {"ы", "и", "е", "у", "ю", "ой", "ою", "ей", "ею", "і", "ам", "ами"});
  } else if (EndsWith(w, "о") || EndsWith(w, "е")) {
    with(DropLetters(w, 1), {"а", "у", "ом", "і", "ові", "е"});
  } else {
    with(w, {"а", "у", "ом", "е", "ові", "і", "и", "ы", "ов", "ів", "ей", "ам", "ами", "ах"});
  }
}

// Ukrainian writes the apostrophe three ways (' ’ ʼ); each is a form.
template <typename Fn>
void ForEachApostrophe(const std::string& w, Fn fn) {
  size_t a = w.find('\'');
  if (a == std::string::npos) {
    fn(w);
    return;
  }
  for (const char* apostrophe : {"'", "\xE2\x80\x99", "\xCA\xBC"}) fn(w.substr(0, a) + apostrophe + w.substr(a + 1));
}

struct Tables {
  std::deque<std::string> strings;  // owns every generated form; never moves them
  std::vector<CyrillicCueForm> cues;
  absl::flat_hash_map<std::string_view, CueEntry> ukrainian_overrides;
  std::vector<CyrillicClassWord> classes;
  absl::flat_hash_map<std::string_view, std::string_view> role_nominative;

  std::string_view Keep(std::string s) {
    strings.push_back(std::move(s));
    return strings.back();
  }
};

const Tables& BuildTables() {
  static const Tables* tables = [] {
    auto* t = new Tables;
    // Russian rows first: a Ukrainian form that is also a Russian one with
    // another reading becomes an override.
    absl::flat_hash_map<std::string, CueEntry> russian;
    absl::flat_hash_map<std::string, CueEntry> ukrainian;
    for (const VerbRow& row : kVerbs) {
      auto& forms = row.lang == kRu ? russian : ukrainian;
      CueEntry finite{row.flags, row.rate};
      CueEntry gerund{row.flags | kCueParticiple, row.rate};
      std::string_view stem = row.past_stem;
      if (!stem.empty()) {
        static constexpr const char* kPast[2][2] = {{"л ла ли ло", "лся лась лись лось"},
                                                    {"в ла ли ло", "вся лася лися лось лась лись"}};
        ForEachWord(kPast[row.lang][row.reflexive],
                    [&](std::string_view e) { forms.emplace(std::string(stem) + std::string(e), finite); });
      }
      ForEachWord(row.forms, [&](std::string_view w) { forms.emplace(std::string(w), finite); });
      ForEachWord(row.gerunds, [&](std::string_view w) { forms.emplace(std::string(w), gerund); });
    }
    for (const auto& [form, entry] : russian) t->cues.push_back({t->Keep(form), entry});
    for (const auto& [form, entry] : ukrainian) {
      auto ru = russian.find(form);
      if (ru == russian.end()) {
        t->cues.push_back({t->Keep(form), entry});
      } else if (ru->second.flags != entry.flags) {
        t->ukrainian_overrides[t->Keep(form)] = entry;
      }
    }
    ForEachWord(kAccordingNouns, [&](std::string_view w) { t->cues.push_back({w, CueEntry{kCueAccording, 0.95f}}); });
    for (const ClassRow& row : kClassRows) {
      ForEachWord(row.words, [&](std::string_view nominative) {
        ForEachCaseForm(nominative, row.declension, [&](const std::string& form) {
          ForEachApostrophe(form, [&](const std::string& spelled) {
            std::string_view kept = t->Keep(spelled);
            t->classes.push_back({kept, row.classes});
            if (row.classes & (kRoleNoun | kOrganisation | kOutlet)) t->role_nominative.emplace(kept, nominative);
          });
        });
      });
    }
    return t;
  }();
  return *tables;
}

}  // namespace

const std::vector<CyrillicCueForm>& CyrillicCueForms() { return BuildTables().cues; }

const CueEntry* UkrainianCueOverride(std::string_view lower_word) {
  const auto& m = BuildTables().ukrainian_overrides;
  auto it = m.find(lower_word);
  return it == m.end() ? nullptr : &it->second;
}

const std::vector<CyrillicClassWord>& CyrillicClassWords() { return BuildTables().classes; }

std::string_view CyrillicRoleNominative(std::string_view lower_word) {
  const auto& m = BuildTables().role_nominative;
  auto it = m.find(lower_word);
  return it == m.end() ? std::string_view() : it->second;
}

bool IsCyrillicConduitVerb(std::string_view lower_word) {
  bool found = false;
  ForEachWord(kConduitVerbs, [&](std::string_view w) { found |= w == lower_word; });
  return found;
}

}  // namespace qtrack::quotes_internal

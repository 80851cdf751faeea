// Table-driven tests of common/person_name_key.h: every spelling of one
// person's name in a row gives one key; different people give different
// keys.
#include "common/person_name_key.h"

#include <string>

#include "gtest/gtest.h"

namespace qtrack {
namespace {

// Each row: the key, then the spellings that must give it (Russian,
// Ukrainian, English usage, transliteration variants).
struct SamePerson {
  const char* key;
  std::vector<const char*> spellings;
};

const SamePerson kSamePerson[] = {
    {"dmitri peskov",
     {"Дмитрий Песков", "Дмитро Пєсков", "Dmitry Peskov", "Dmitri Peskov", "Dmitriy Peskov", "Peskov, Dmitry",
      "ДМИТРИЙ ПЕСКОВ", "Дмитрий Сергеевич Песков", "dmitry  peskov"}},
    {"vladimir zelenski",
     {"Володимир Зеленський", "Владимир Зеленский", "Volodymyr Zelensky", "Volodymyr Zelenskyy",
      "Vladimir Zelenskiy", "Volodymyr Zelenskyi"}},
    {"dmitri kuleba", {"Дмитро Кулеба", "Dmytro Kuleba", "Дмитрий Кулеба", "Dmitry Kuleba"}},
    {"lavrov sergei", {"Сергей Лавров", "Сергій Лавров", "Sergei Lavrov", "Sergey Lavrov", "Serhiy Lavrov"}},
    {"maria zagarova", {"Мария Захарова", "Марія Захарова", "Maria Zakharova", "Mariya Zakharova"}},
    {"denis shmigal", {"Денис Шмигаль", "Денис Шмыгаль", "Denys Shmyhal", "Denis Shmygal"}},
    {"budanov kirill", {"Кирило Буданов", "Кирилл Буданов", "Kyrylo Budanov", "Kirill Budanov"}},
    {"aleksandr sirski", {"Олександр Сирський", "Александр Сырский", "Oleksandr Syrskyi", "Oleksandr Syrsky",
                          "Alexander Syrsky"}},
    {"andrei ermak", {"Андрій Єрмак", "Андрей Ермак", "Andriy Yermak", "Andrii Yermak", "Andrey Yermak"}},
    {"evgeni prigozhin", {"Евгений Пригожин", "Євген Пригожин", "Yevgeny Prigozhin", "Yevhen Prigozhin"}},
    {"iulia timoshenko", {"Юлія Тимошенко", "Юлия Тимошенко", "Yulia Tymoshenko", "Yuliya Tymoshenko"}},
    {"viacheslav", {"В'ячеслав", "Вячеслав", "Viacheslav", "Vyacheslav"}},
    {"peskov", {"Песков", "Пєсков", "Peskov"}},
    {"", {"", " , ", "—"}},
};

TEST(PersonNameKey, OneKeyForEverySpellingOfOnePerson) {
  for (const SamePerson& row : kSamePerson)
    for (const char* spelling : row.spellings) EXPECT_EQ(PersonNameKey(spelling), row.key) << spelling;
}

TEST(PersonNameKey, DifferentPeopleStayApart) {
  const std::pair<const char*, const char*> kDifferent[] = {
      {"Dmitry Peskov", "Dmitry Medvedev"},       {"Дмитрий Песков", "Дмитрий Пескова"},
      {"Sergei Lavrov", "Sergei Shoigu"},         {"Юлія Тимошенко", "Юлія Свириденко"},
      {"Vladimir Putin", "Volodymyr Zelensky"},   {"Олександр Сирський", "Олександр Усик"},
      {"Андрій Єрмак", "Андрій Сибіга"},
  };
  for (const auto& [a, b] : kDifferent) EXPECT_NE(PersonNameKey(a), PersonNameKey(b)) << a << " / " << b;
}

TEST(PersonNameKey, IcuHasWhatItNeeds) { EXPECT_TRUE(CheckPersonNameKeySupport().ok()) << CheckPersonNameKeySupport(); }

}  // namespace
}  // namespace qtrack

// Russian names for fixture clients, with Latin spellings for their e-mail addresses.

import type { Random } from './prng';

const MALE_NAMES: readonly (readonly [string, string])[] = [
  ['Иван', 'ivan'],
  ['Алексей', 'aleksey'],
  ['Дмитрий', 'dmitry'],
  ['Сергей', 'sergey'],
  ['Андрей', 'andrey'],
  ['Михаил', 'mikhail'],
  ['Николай', 'nikolay'],
  ['Павел', 'pavel'],
  ['Артём', 'artem'],
  ['Юрий', 'yury'],
];

const FEMALE_NAMES: readonly (readonly [string, string])[] = [
  ['Анна', 'anna'],
  ['Мария', 'maria'],
  ['Елена', 'elena'],
  ['Ольга', 'olga'],
  ['Наталья', 'natalya'],
  ['Татьяна', 'tatyana'],
  ['Екатерина', 'ekaterina'],
  ['Ирина', 'irina'],
  ['Светлана', 'svetlana'],
  ['Дарья', 'darya'],
];

/** Male form, female form, Latin spelling. */
const SURNAMES: readonly (readonly [string, string, string])[] = [
  ['Иванов', 'Иванова', 'ivanov'],
  ['Смирнов', 'Смирнова', 'smirnov'],
  ['Кузнецов', 'Кузнецова', 'kuznetsov'],
  ['Попов', 'Попова', 'popov'],
  ['Васильев', 'Васильева', 'vasilyev'],
  ['Петров', 'Петрова', 'petrov'],
  ['Соколов', 'Соколова', 'sokolov'],
  ['Михайлов', 'Михайлова', 'mikhaylov'],
  ['Новиков', 'Новикова', 'novikov'],
  ['Фёдоров', 'Фёдорова', 'fedorov'],
  ['Морозов', 'Морозова', 'morozov'],
  ['Волков', 'Волкова', 'volkov'],
  ['Лебедев', 'Лебедева', 'lebedev'],
  ['Козлов', 'Козлова', 'kozlov'],
  ['Орлов', 'Орлова', 'orlov'],
];

export interface Person {
  /** "Имя Фамилия", as the API's `name` holds it. */
  name: string;
  /** "imya.familiya", the start of an e-mail address. */
  latin: string;
}

export function randomPerson(random: Random): Person {
  const female = random.chance(0.5);
  const [first, firstLatin] = random.pick(female ? FEMALE_NAMES : MALE_NAMES);
  const [male, femaleForm, surnameLatin] = random.pick(SURNAMES);
  return {
    name: `${first} ${female ? femaleForm : male}`,
    latin: `${firstLatin}.${surnameLatin}${female ? 'a' : ''}`,
  };
}

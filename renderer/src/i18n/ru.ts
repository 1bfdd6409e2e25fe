// Every Russian string of the window, in one place; English mirrors its keys.
export const ru = {
  appTitle: 'Программа лояльности',
  trainingBanner: 'Учебный режим: списания не настоящие, данные вымышленные',
  phoneLabel: 'Телефон покупателя',
  phonePlaceholder: '+7 (912) 345-67-89',
  searchButton: 'Найти',
  searching: 'Ищем…',
  noMatches: 'Покупатель не найден',
  matchesFound: (count: number) => `Найдено: ${count}`,
  noName: 'Имя не указано',
  noPhone: 'Телефон не указан',
  noEmail: 'Email не указан',
  errors: {
    network: 'Нет связи с сервером лояльности',
    timeout: 'Сервер лояльности не ответил вовремя',
    unauthorized: 'Сервер лояльности не принял учётные данные терминала',
    'not-found': 'Не найдено',
    server: 'Сервер лояльности ответил ошибкой',
    'bad-answer': 'Сервер лояльности прислал непонятный ответ',
    rejected: 'Сервер отказал в списании',
    'in-doubt': 'Неизвестно, прошло ли списание',
    busy: 'Предыдущее списание ещё не завершено',
    'invalid-input': 'Проверьте введённые данные',
    forbidden: 'Доступ запрещён',
    internal: 'Внутренняя ошибка программы',
  },
  // Updates (installation issue): the notice at the foot of the window.
  update: {
    regionLabel: 'Обновление программы',
    installingOnQuit: (version: string) => `Загружено обновление ${version}. Оно установится, когда программу закроют.`,
    waitingForWriteOffs: (version: string) =>
      `Загружено обновление ${version}. Оно установится при закрытии программы, когда не останется незавершённых списаний.`,
  },
};

export type Messages = typeof ru;

// Whether closing the window must ask first: never silently while a write-off is being sent or its outcome is unknown.
import type { Language } from '../../common/settings';
import type { WriteOffActivity } from '../checkout/write-off';

export interface CloseQuestion {
  title: string;
  message: string;
  detail: string;
  /** The first button keeps the window open and is the default, so a reflexive Enter closes nothing. */
  buttons: [stay: string, close: string];
}

const WORDS = {
  ru: {
    title: 'Loyalty Desk',
    inFlight: 'Списание сейчас отправляется на сервер лояльности.',
    inDoubt: (count: number) =>
      `Итог ${count === 1 ? 'списания' : 'списаний'} ещё не известен: программа проверяет, прошло ли оно.`,
    detail:
      'Если закрыть программу сейчас, она проверит это при следующем запуске, а до тех пор этому покупателю нельзя списывать снова. Лучше дождаться итога.',
    buttons: ['Не закрывать', 'Всё равно закрыть'] as [string, string],
  },
  en: {
    title: 'Loyalty Desk',
    inFlight: 'A write-off is being sent to the loyalty server right now.',
    inDoubt: (count: number) =>
      `The outcome of ${count === 1 ? 'a write-off' : `${count} write-offs`} is not known yet: the app is checking whether it went through.`,
    detail:
      'If you close the app now, it checks at the next start, and until then that customer cannot be charged again. Better wait for the outcome.',
    buttons: ['Keep it open', 'Close anyway'] as [string, string],
  },
} as const;

/** The question to ask before closing, or null when nothing is at stake. */
export function closeQuestion(activity: WriteOffActivity, language: Language): CloseQuestion | null {
  if (activity.writeOffsInFlight === 0 && activity.writeOffsInDoubt === 0) return null;
  const words = WORDS[language];
  const message = activity.writeOffsInFlight > 0 ? words.inFlight : words.inDoubt(activity.writeOffsInDoubt);
  return { title: words.title, message, detail: words.detail, buttons: words.buttons };
}

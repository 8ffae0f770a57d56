import { seed } from './seeds';

/** Seed 000 with drafting slips: three with a safe fix (year brackets, half-width (一), 09月), one (a repeated 三、) without. */
export function slipped(): string {
  let t = seed('000');
  for (const [a, b] of [
    ['宝政办规〔2024〕6号', '宝政办规[2024]6号'],
    ['（一）健全服务体系', '(一)健全服务体系'],
    ['二、发展目标', '三、发展目标'],
    ['2024年9月29日', '2024年09月29日'],
  ]) t = t.replace(a, b);
  return t;
}

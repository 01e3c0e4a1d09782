/** Task pane strings, Vietnamese first. */
export type UiLang = 'vi' | 'en';

const STRINGS = {
  vi: {
    appTitle: 'Đề cương NTM',
    subtitle: 'Soạn và kiểm tra báo cáo xây dựng nông thôn mới',
    pickPack: 'Gói mẫu đề cương',
    outline: 'Đề cương',
    period: 'Kỳ số liệu',
    due: 'Hạn gửi',
    indicators: 'Chỉ tiêu',
    notInWord: 'Mở trong Word để sử dụng: trang này cần Microsoft Word (máy tính hoặc Word trên web). Bạn vẫn có thể xem các gói mẫu bên dưới.',
    loading: 'Đang kết nối với Word…',
    language: 'English',
    required: 'bắt buộc',
    optional: 'không bắt buộc',
  },
  en: {
    appTitle: 'Decuong NTM',
    subtitle: 'Write and check new rural development reports',
    pickPack: 'Template pack',
    outline: 'Outline',
    period: 'Data period',
    due: 'Due',
    indicators: 'Indicators',
    notInWord: 'Open in Word to use: this page needs Microsoft Word (desktop or on the web). You can still browse the template packs below.',
    loading: 'Connecting to Word…',
    language: 'Tiếng Việt',
    required: 'required',
    optional: 'optional',
  },
} as const;

export type StringKey = keyof (typeof STRINGS)['vi'];
export const t = (lang: UiLang, key: StringKey): string => STRINGS[lang][key];

/** Vietnamese unless Office (or the browser) says the display language is English. */
export function detectLang(displayLanguage: string | undefined): UiLang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'vi';
}

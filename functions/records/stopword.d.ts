// The stopword package ships no types: the lists this project reads from it.
declare module 'stopword' {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
  export const por: string[];
  export const ita: string[];
  export const nld: string[];
  export const ind: string[];
}

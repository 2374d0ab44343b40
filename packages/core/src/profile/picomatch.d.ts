// The part of picomatch's API this package uses (the package ships no type declarations).
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
  }
  export default function picomatch(glob: string | readonly string[], options?: PicomatchOptions): (path: string) => boolean;
}

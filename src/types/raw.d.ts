// Text imports: `import text from './file.yml?raw'` (vite's ?raw; scripts/build.mjs does the same for esbuild).
declare module '*?raw' {
  const text: string
  export default text
}

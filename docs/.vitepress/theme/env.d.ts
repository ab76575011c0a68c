// Side-effect CSS imports of the theme, bundled by Vite.
declare module '*.css'

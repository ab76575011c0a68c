import DefaultTheme from 'vitepress/theme'
import './style.css'

// The default theme with our own styles for the reference tables (required markers, indentation, type column,
// tooltips); no component overrides, so VitePress upgrades stay cheap.
export default DefaultTheme

// The devDependency alias `express4` (npm:express@4) ships no types of its own; Express 4's API is a subset the
// tests use identically, so it borrows Express 5's.
declare module 'express4' {
  import express from 'express'
  export default express
}

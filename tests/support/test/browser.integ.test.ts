// The browser from npm really starts and really draws Chinese: without a CJK font every Han character is the same
// empty box, so two different characters drawn alike means the font is missing.
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { browserLaunchOptions } from '../src/browser.mjs'
import { describeNeeding } from '../src/needs.js'

describeNeeding('browser', 'the browser from @sparticuz/chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await chromium.launch(await browserLaunchOptions())
  }, 120_000)

  afterAll(() => browser?.close())

  it('draws two different Han characters differently (a CJK font is installed)', async () => {
    const page = await browser.newPage()
    const pixels = await page.evaluate(() => {
      const draw = (text: string) => {
        const canvas = document.createElement('canvas')
        canvas.width = 64
        canvas.height = 64
        const context = canvas.getContext('2d') as CanvasRenderingContext2D
        context.font = '48px sans-serif'
        context.fillText(text, 4, 52)
        return Array.from(context.getImageData(0, 0, 64, 64).data).join(',')
      }
      return { han: draw('汉'), zi: draw('字'), blank: draw('') }
    })
    expect(pixels.han).not.toBe(pixels.blank)
    expect(pixels.han).not.toBe(pixels.zi)
    await page.close()
  })

  it('keeps running when a page closes: the docs tests open one page per test', async () => {
    for (const text of ['第一页', '第二页', '第三页']) {
      const page = await browser.newPage()
      await page.setContent(`<p>${text}</p>`)
      expect(await page.textContent('p')).toBe(text)
      await page.close()
    }
  })
})

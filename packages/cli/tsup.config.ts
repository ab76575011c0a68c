import { readFileSync } from 'node:fs'
import { packageBuild } from '../../tsup.base.js'

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

export default packageBuild(['src/index.ts', 'src/cli.ts'], { define: { __WXPAY_VERSION__: JSON.stringify(version) } })

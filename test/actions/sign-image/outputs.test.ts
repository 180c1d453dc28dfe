import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { readActionManifest } from '@portcullis/devtools'
import { OUTPUTS } from '../../../actions/sign-image/src/run.js'

it('sign-image declares exactly the outputs action.yml lists', () => {
  const manifest = readActionManifest('sign-image', resolve(import.meta.dirname, '../../..'))
  expect(Object.values(OUTPUTS).sort()).toEqual(Object.keys(manifest.outputs).sort())
})

import { notImplemented } from '@portcullis/action-kit'

notImplemented('quality-gate')

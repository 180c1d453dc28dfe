import { notImplemented } from '@portcullis/action-kit'

notImplemented('compliance')

import { notImplemented } from '@portcullis/action-kit'

notImplemented('sign-image')
